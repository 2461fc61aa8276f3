// The frame of every public page: head (canonical, alternates, Open Graph, JSON-LD, the one
// inline stylesheet), a header with the organisation's name and the language switch, and a footer.
// Preact renders it to a string: every text and attribute is escaped by construction.
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { layoutTexts } from './i18n';
import { type PublicLanguage, publicLanguages } from './languages';
import type { JsonLd } from './page-kind';
import { publicStylesheet } from './public-style';

export type DocumentProps = {
  lang: PublicLanguage;
  title: string;
  description: string;
  /** The page's address without a language: canonical and alternates add `?lang=`. */
  url: string;
  /** The organisation's name and page, for the header; none on pages outside an organisation. */
  org: { name: string; url: string } | null;
  ogType: string;
  jsonLd: JsonLd | null;
  body: ComponentChildren;
  /** Pages for one person or one group (a private link): kept out of search engines. */
  noindex?: boolean;
  /**
   * Scripts of Tutti's own origin, deferred. None on public pages; a private page adds one only
   * for what needs it (a journey space's offline pack registers its service worker).
   */
  scripts?: readonly string[];
};

const ogLocales: Record<PublicLanguage, string> = { fr: 'fr_FR', en: 'en_GB', de: 'de_DE' };

/** The address of `url` in a language (the switch, hreflang alternates, canonical). */
export function inLanguage(url: string, lang: PublicLanguage) {
  return `${url}?lang=${lang}`;
}

/**
 * Inside <script type="application/ld+json"> the text is not escaped by the HTML parser, so the
 * characters that could end the element or break out are written as JSON escapes instead.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function Document(props: DocumentProps) {
  const texts = layoutTexts[props.lang];
  const canonical = inLanguage(props.url, props.lang);
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.org ? `${props.title} · ${props.org.name}` : props.title}</title>
        <meta name="description" content={props.description} />
        {props.noindex && <meta name="robots" content="noindex, nofollow" />}
        <link rel="canonical" href={canonical} />
        {publicLanguages.map((lang) => (
          <link rel="alternate" hreflang={lang} href={inLanguage(props.url, lang)} key={lang} />
        ))}
        <link rel="alternate" hreflang="x-default" href={props.url} />
        <meta property="og:type" content={props.ogType} />
        <meta property="og:title" content={props.title} />
        <meta property="og:description" content={props.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={ogLocales[props.lang]} />
        {props.org && <meta property="og:site_name" content={props.org.name} />}
        {/* No favicon request: one less round trip on a slow network. */}
        <link rel="icon" href="data:," />
        {/* Allowed by its hash in the Content-Security-Policy (public-style.ts). */}
        <style dangerouslySetInnerHTML={{ __html: publicStylesheet }} />
        {props.scripts?.map((src) => (
          <script src={src} defer key={src} />
        ))}
        {props.jsonLd && (
          <script
            type="application/ld+json"
            // The JSON is escaped by scriptSafeJson: nothing in it can end the element.
            dangerouslySetInnerHTML={{
              __html: scriptSafeJson({ '@context': 'https://schema.org', ...props.jsonLd }),
            }}
          />
        )}
      </head>
      <body>
        <a class="skip" href="#content">
          {texts.skipToContent}
        </a>
        <header>
          <div class="wrap">
            {props.org ? (
              <a class="org" href={inLanguage(props.org.url, props.lang)}>
                {props.org.name}
              </a>
            ) : (
              <span class="org">Tutti</span>
            )}
            <nav class="langs" aria-label={texts.languageSwitch}>
              <ul>
                {publicLanguages.map((lang) => (
                  <li key={lang}>
                    <a
                      href={inLanguage(props.url, lang)}
                      hreflang={lang}
                      lang={lang}
                      aria-current={lang === props.lang ? 'true' : undefined}
                    >
                      {layoutTexts[lang].languageName}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="content" class="wrap">
          {props.body}
        </main>
        <footer>
          <div class="wrap">{texts.footer}</div>
        </footer>
      </body>
    </html>
  );
}

export function renderDocument(props: DocumentProps): string {
  return `<!doctype html>${renderToString(<Document {...props} />)}`;
}
