// The "lost your booking link?" form of a concert's page: the person gives an address, and every
// order and waiting list entry it holds for the organisation is sent to it again (the same answer,
// at the same speed, whether the address has any), within the one-time links' limits.
import { EmailSchema, PUBLIC_CODE_PATTERN } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import {
  addPublicForms,
  type FormBody,
  findPublishedOrganisation,
  privatePageLanguage,
} from '../../platform/public-pages';
import type { ConcertSettings } from './concert-settings';
import { BackToConcert } from './form-fields';
import { waitingListTexts } from './i18n';
import { sendOrderLinks } from './order-links.service';
import { crossSiteRefusal, messagePage, orderLinksLimit, type PageSender } from './public-replies';
import { LostLinkForm, lostLinkPath } from './ticket-extras';

type SlugParams = { orgSlug: string; code?: string };

export function registerLostLinkPage(
  app: App,
  deps: AppDeps,
  options: { settings: ConcertSettings; send: PageSender },
) {
  const { database, config } = deps;
  const { settings, send } = options;
  const missing = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      messagePage(
        404,
        waitingListTexts[lang].missingTitle,
        waitingListTexts[lang].missingText,
        null,
      ),
    );

  // The address each "lost your link?" request asks for, for its limit.
  const askedFor = new WeakMap<FastifyRequest, string>();
  const limitLinks = orderLinksLimit(app, config, send, (request) => askedFor.get(request) ?? '');

  addPublicForms(
    app,
    { publicUrl: config.publicUrl, refuseCrossSite: crossSiteRefusal(send) },
    (forms) => {
      forms.post(
        '/p/:orgSlug/e/:code/lien-perdu',
        { schema: { hide: true } },
        async (request, reply) => {
          const params = request.params as SlugParams;
          const code = params.code ?? '';
          const org = await findPublishedOrganisation(database.db, params.orgSlug);
          if (!org || !PUBLIC_CODE_PATTERN.test(code)) return missing(request, reply);
          const lang = privatePageLanguage(request, reply, config.secureCookies);
          const form = (request.body ?? {}) as FormBody;
          const email = EmailSchema.safeParse(form['lost-email'] ?? '');
          const back = <BackToConcert slug={org.slug} code={code} lang={lang} />;
          if (!email.success) {
            return send(request, reply, (shown) => ({
              status: 400,
              title: waitingListTexts[shown].lostTitle,
              description: waitingListTexts[shown].lostLead,
              organisationName: org.name,
              body: (
                <>
                  <LostLinkForm
                    action={lostLinkPath(org.slug, code)}
                    lang={shown}
                    problem={waitingListTexts[shown].lostBadEmail}
                    value={form['lost-email']}
                  />
                  {back}
                </>
              ),
            }));
          }
          askedFor.set(request, email.data);
          if (await limitLinks(request, reply)) return reply;
          // The same answer, at the same speed, whether the address has orders or not.
          app.afterResponse.defer(request, () =>
            sendOrderLinks({ database, orgId: org.id, settings, email: email.data, lang }),
          );
          return send(request, reply, (shown) => ({
            ...messagePage(
              200,
              waitingListTexts[shown].lostSentTitle,
              waitingListTexts[shown].lostSentText,
              org.name,
            ),
            body: (
              <>
                <h1>{waitingListTexts[shown].lostSentTitle}</h1>
                <p>{waitingListTexts[shown].lostSentText}</p>
                {back}
              </>
            ),
          }));
        },
      );
    },
  );
}
