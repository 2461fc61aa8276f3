// Classic forms on public and private pages (a families' link request, a concert booking):
// URL-encoded bodies, and a refusal of forms sent from another site. Features add their form
// routes through `addPublicForms`; the parser is known to those routes only.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app-types';

/** A URL-encoded form's fields, by name (the last value of a repeated name). */
export type FormBody = Record<string, string | undefined>;

/** The largest form body accepted by default (a booking with a few tariffs and a note fits many times). */
const FORM_BODY_LIMIT = 8192;

/**
 * A form sent from another site (a page elsewhere making a visitor's browser post here): the
 * browser says so in Sec-Fetch-Site or Origin. Refused, so that no other site can open an
 * access of its choosing on a visitor's device, end theirs, book in their name, or ask links.
 */
export function sentFromElsewhere(request: FastifyRequest, publicUrl: string): boolean {
  // Current browsers say where a request comes from; a link's page has no referrer, so its
  // forms send `Origin: null`, but still `Sec-Fetch-Site: same-origin`.
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined || !URL.canParse(origin)) return false;
  const from = new URL(origin).origin;
  // The address this request came to, or the configured public one (behind a proxy).
  const own = [`${request.protocol}://${request.host}`, publicUrl];
  return !own.some((url) => new URL(url).origin === from);
}

/**
 * Registers form routes: `routes(forms)` adds them to a scope that parses URL-encoded bodies
 * and answers `refuseCrossSite` to a form sent from another site.
 *
 * @example addPublicForms(app, { publicUrl, refuseCrossSite }, (forms) => forms.post(…))
 */
export function addPublicForms(
  app: App,
  options: {
    publicUrl: string;
    refuseCrossSite(request: FastifyRequest, reply: FastifyReply): unknown;
    /** Bytes, when the forms hold more than a few short fields (an application's answers). */
    bodyLimit?: number;
  },
  routes: (forms: App) => void,
) {
  app.register(async (forms) => {
    forms.addHook('onRequest', async (request, reply) => {
      if (!sentFromElsewhere(request, options.publicUrl)) return;
      return options.refuseCrossSite(request, reply);
    });
    forms.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: options.bodyLimit ?? FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    routes(forms);
  });
}
