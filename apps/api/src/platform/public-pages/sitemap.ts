// /sitemap.xml and /robots.txt: every page of every organisation that chose to publish, in every
// language, for search engines; robots may read /p/ and nothing of the app or its API.
import { publicLanguages } from './languages';
import { inLanguage } from './layout';

const xmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function xml(text: string) {
  return text.replace(/[&<>"']/g, (c) => xmlEscapes[c] ?? c);
}

/** A sitemap of the given absolute page addresses, each with its language alternates. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => {
    const alternates = publicLanguages
      .map(
        (lang) =>
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${xml(inLanguage(url, lang))}"/>`,
      )
      .join('');
    return `<url><loc>${xml(url)}</loc>${alternates}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /p/',
    'Disallow: /api/',
    'Disallow: /',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
