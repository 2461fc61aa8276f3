// What the directory's pages for one visitor answer with: a page in the visitor's language, a
// short message page, the "not found" page, and the published organisation of the address.
import type { TuttiDatabase } from '@tutti/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  findPublishedOrganisation,
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { directoryTexts } from './i18n';

export function pageReplies(database: TuttiDatabase, secureCookies: boolean) {
  const config = { secureCookies };
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    build: (lang: PublicLanguage) => PrivatePage,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, build(lang));
  };
  const message = (status: number, title: string, text: string, org: string | null) => ({
    status,
    title,
    description: text,
    organisationName: org,
    body: (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
      </>
    ),
  });
  const missing = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(404, directoryTexts[lang].missingTitle, directoryTexts[lang].missingText, null),
    );
  const orgOf = (request: FastifyRequest) =>
    findPublishedOrganisation(database.db, (request.params as { orgSlug: string }).orgSlug ?? '');

  return { send, message, missing, orgOf };
}
