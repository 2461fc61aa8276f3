// Pages for one person or one group, reached by a private link or cookie (a guardian's
// children, a group's shared page): the same layout, languages and stylesheet as every public
// page, but never cached, never indexed, and outside the sitemap.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import {
  chosenLanguage,
  LANGUAGE_COOKIE,
  negotiateLanguage,
  type PublicLanguage,
} from './languages';
import { renderDocument } from './layout';

export type PrivatePage = {
  status?: number;
  title: string;
  description: string;
  /** The organisation's name for the header; none before the page knows it. */
  organisationName: string | null;
  body: ComponentChildren;
  /** Deferred scripts of Tutti's own origin (see DocumentProps.scripts). */
  scripts?: readonly string[];
};

/** The page's language, remembering a choice made with the switch, as public pages do. */
export function privatePageLanguage(
  request: FastifyRequest,
  reply: FastifyReply,
  secureCookies: boolean,
): PublicLanguage {
  const lang = negotiateLanguage(request);
  if (chosenLanguage(request)) {
    reply.setCookie(LANGUAGE_COOKIE, lang, {
      path: '/p',
      maxAge: 365 * 24 * 3600,
      sameSite: 'lax',
      secure: secureCookies,
    });
  }
  return lang;
}

export function sendPrivatePage(
  request: FastifyRequest,
  reply: FastifyReply,
  lang: PublicLanguage,
  page: PrivatePage,
) {
  const path = request.url.split('?')[0] ?? '/p/';
  const url = `${request.protocol}://${request.host}${path}`;
  const html = renderDocument({
    lang,
    title: page.title,
    description: page.description,
    url,
    org: page.organisationName ? { name: page.organisationName, url } : null,
    ogType: 'website',
    jsonLd: null,
    body: page.body,
    noindex: true,
    ...(page.scripts ? { scripts: page.scripts } : {}),
  });
  return reply
    .code(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .headers({
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex, nofollow',
      'referrer-policy': 'no-referrer',
    })
    .send(html);
}
