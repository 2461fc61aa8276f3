// The language of a public page: `?lang=` (the switch), then the cookie the switch set, then the
// browser's Accept-Language, then French.
import type { FastifyRequest } from 'fastify';

export const publicLanguages = ['fr', 'en', 'de'] as const;
export type PublicLanguage = (typeof publicLanguages)[number];

/** Set when a visitor follows the language switch; read on their next public pages. */
export const LANGUAGE_COOKIE = 'tutti_public_lang';

export function isPublicLanguage(value: unknown): value is PublicLanguage {
  return typeof value === 'string' && (publicLanguages as readonly string[]).includes(value);
}

/** The language chosen in the query (`?lang=en`), when it is one of ours. */
export function chosenLanguage(request: FastifyRequest): PublicLanguage | null {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return isPublicLanguage(lang) ? lang : null;
}

export function negotiateLanguage(request: FastifyRequest): PublicLanguage {
  const chosen = chosenLanguage(request);
  if (chosen) return chosen;
  const remembered = request.cookies[LANGUAGE_COOKIE];
  if (isPublicLanguage(remembered)) return remembered;
  return fromAcceptLanguage(request.headers['accept-language']);
}

/**
 * The preferred of our languages in an Accept-Language header (`de-CH,de;q=0.9,en;q=0.5`).
 *
 * @example fromAcceptLanguage('en-GB,en;q=0.8,fr;q=0.5') // 'en'
 */
export function fromAcceptLanguage(header: string | undefined): PublicLanguage {
  if (!header) return 'fr';
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.toLowerCase().split('-')[0],
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isPublicLanguage) ?? 'fr';
}
