// Pages for people without accounts, through the public pages mechanism: the families' request
// form (a public page kind), and private pages for a link, a guardian's children and a group.
import { GuestLinkRequestBodySchema, GuestTokenSchema } from '@tutti/contracts';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  clearGuestCookie,
  endGuestAccess,
  findGuest,
  GUEST_COOKIE,
  openGuestAccess,
  setGuestCookie,
} from '../../platform/guest-access';
import {
  addPublicForms,
  addPublicPages,
  type FormBody,
  type PrivatePage,
  privatePageLanguage,
  qrCode,
  sendPrivatePage,
} from '../../platform/public-pages';
import { readSharedGroupPage } from '../groups';
import { findGroupSpaces } from '../journey-spaces';
import { readGuardianChildren } from '../participants';
import { GroupBody } from './group-page';
import {
  ChildrenBody,
  familiesPage,
  LINK_REQUEST_PATH,
  MessageBody,
  OPEN_LINK_PATH,
  OpenLinkBody,
  SIGN_OUT_PATH,
} from './guardian-pages';
import { guestPageTexts } from './i18n';

export function registerGuestPages(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const linkMinutes = Math.round(config.guestAccess.linkLifetimeMs / 60_000);
  addPublicPages(app, [familiesPage({ smsEnabled: !!config.smsWebhookUrl, linkMinutes })]);

  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    build: (lang: 'fr' | 'en' | 'de') => PrivatePage,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, build(lang));
  };
  const message = (status: number, title: string, text: string, more?: string): PrivatePage => ({
    status,
    title,
    description: text,
    organisationName: null,
    body: <MessageBody title={title} text={text} more={more} />,
  });

  app.get('/p/_/acces/:token', { schema: { hide: true } }, (request, reply) => {
    const token = GuestTokenSchema.safeParse((request.params as { token: string }).token);
    return page(request, reply, (lang) => {
      const texts = guestPageTexts[lang];
      if (!token.success) return message(404, texts.usedTitle, texts.usedText);
      return {
        title: texts.openTitle,
        description: texts.openText,
        organisationName: null,
        body: <OpenLinkBody token={token.data} lang={lang} />,
      };
    });
  });

  app.get('/p/_/mes-enfants', { schema: { hide: true } }, async (request, reply) => {
    const guest = await findGuest(request, database);
    if (guest?.scope !== 'guardian') {
      return page(request, reply, (lang) =>
        message(401, guestPageTexts[lang].noAccessTitle, guestPageTexts[lang].noAccessText),
      );
    }
    const data = await readGuardianChildren({ guest });
    return page(request, reply, (lang) => {
      const texts = guestPageTexts[lang];
      const local = toLocalDateTime(guest.expiresAt, guest.timeZone);
      const until = `${formatDate(local.slice(0, 10), lang, { day: 'numeric', month: 'long' })} ${local.slice(11, 16)}`;
      return {
        title: texts.childrenTitle,
        description: texts.familiesLead,
        organisationName: data.organisation.name,
        body: <ChildrenBody data={data} lang={lang} until={until} />,
      };
    });
  });

  app.get('/p/_/groupe/:token', { schema: { hide: true } }, async (request, reply) => {
    const token = GuestTokenSchema.safeParse((request.params as { token: string }).token);
    const shared = token.success
      ? await readSharedGroupPage({ database, token: token.data })
      : null;
    const journeys = shared
      ? await findGroupSpaces({
          database,
          orgId: shared.orgId,
          groupId: shared.groupId,
          groupPath: `/p/_/groupe/${token.data}`,
        })
      : [];
    return page(request, reply, (lang) => {
      const texts = guestPageTexts[lang];
      if (!shared) return message(404, texts.linkGoneTitle, texts.linkGoneText);
      return {
        title: texts.groupTitle(shared.group.name),
        description: texts.groupLead,
        organisationName: shared.organisation.name,
        body: <GroupBody page={shared} journeys={journeys} lang={lang} />,
      };
    });
  });

  // The QR codes the group page's staff print; the web app shows the SVG beside the address.
  for (const format of ['svg', 'png'] as const) {
    app.get(
      `/p/_/groupe/:token/qr.${format}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const token = GuestTokenSchema.safeParse((request.params as { token: string }).token);
        const shared = token.success
          ? await readSharedGroupPage({ database, token: token.data })
          : null;
        if (!shared) {
          return page(request, reply, (lang) =>
            message(404, guestPageTexts[lang].linkGoneTitle, guestPageTexts[lang].linkGoneText),
          );
        }
        const url = `${config.publicUrl}/p/_/groupe/${token.data}`;
        if ((request.query as { download?: string }).download !== undefined) {
          reply.header('content-disposition', `attachment; filename="qr-groupe.${format}"`);
        }
        return reply
          .type(format === 'svg' ? 'image/svg+xml' : 'image/png')
          .header('cache-control', 'private, no-store')
          .send(await qrCode(url, format));
      },
    );
  }

  // The three forms post classic URL-encoded bodies (platform/public-pages/forms.ts).
  const refuseCrossSite = (request: FastifyRequest, reply: FastifyReply) =>
    page(request, reply, (lang) =>
      message(403, guestPageTexts[lang].crossSiteTitle, guestPageTexts[lang].crossSiteText),
    );
  addPublicForms(app, { publicUrl: config.publicUrl, refuseCrossSite }, (forms) => {
    forms.post(LINK_REQUEST_PATH, { schema: { hide: true } }, async (request, reply) => {
      const form = (request.body ?? {}) as FormBody;
      const input = GuestLinkRequestBodySchema.safeParse({
        orgId: form.orgId,
        // Families ask for their children's page; the call pages ask for an applicant's link.
        scope: form.scope ?? 'guardian',
        ...(form.email ? { email: form.email } : {}),
        ...(form.phone ? { phone: form.phone } : {}),
        ...(form.locale ? { locale: form.locale } : {}),
      });
      if (!input.success) {
        return page(request, reply, (lang) =>
          message(400, guestPageTexts[lang].badRequestTitle, guestPageTexts[lang].badRequestText),
        );
      }
      try {
        await app.acceptGuestLinkRequest(request, reply, input.data);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'REQUEST.RATE_LIMITED') throw error;
        return page(request, reply, (lang) =>
          message(429, guestPageTexts[lang].tooManyTitle, guestPageTexts[lang].tooManyText),
        );
      }
      return page(request, reply, (lang) => {
        const texts = guestPageTexts[lang];
        return message(200, texts.sentTitle, texts.sentText(linkMinutes), texts.sentNothing);
      });
    });

    forms.post(OPEN_LINK_PATH, { schema: { hide: true } }, async (request, reply) => {
      const token = GuestTokenSchema.safeParse(((request.body ?? {}) as FormBody).token);
      try {
        if (!token.success) throw new AppError('GUEST.LINK_INVALID', 'Malformed token');
        const access = await openGuestAccess({ deps, token: token.data, log: request.log });
        setGuestCookie(reply, access, config.secureCookies);
        const landing = app.guestScopes.get(access.scope)?.landingPath ?? '/p/';
        return reply.code(303).header('cache-control', 'no-store').redirect(landing);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'GUEST.LINK_INVALID') throw error;
        return page(request, reply, (lang) =>
          message(410, guestPageTexts[lang].usedTitle, guestPageTexts[lang].usedText),
        );
      }
    });

    forms.post(SIGN_OUT_PATH, { schema: { hide: true } }, async (request, reply) => {
      const token = request.cookies[GUEST_COOKIE];
      if (token) await endGuestAccess({ deps, token });
      clearGuestCookie(reply);
      return page(request, reply, (lang) =>
        message(200, guestPageTexts[lang].signedOutTitle, guestPageTexts[lang].signedOutText),
      );
    });
  });
}
