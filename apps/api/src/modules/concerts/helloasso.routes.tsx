// HelloAsso's routes: its notifications (the webhook, signed, idempotent) and the public form
// of an order's page that starts paying online (a classic form, no script).
import {
  HelloAssoNotificationResultSchema,
  ORDER_SECRET_PATTERN,
  OrgParamsSchema,
} from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import { errorResponses } from '../../platform/http/response-schemas';
import {
  addPublicForms,
  findPublishedOrganisation,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { secretBoxOf } from '../../platform/secrets';
import { startCheckout } from './helloasso-checkout';
import type { HelloAssoClient } from './helloasso-client';
import { receiveNotification } from './helloasso-notifications';
import { concertTexts } from './i18n';
import { paymentTexts } from './i18n/payments-texts';
import { orderPath } from './order-page';
import { ContinueToHelloAsso } from './payments-page';

const tags = ['concerts'];

/** A notification is small (one order, one payment); anything larger is not HelloAsso's. */
const NOTIFICATION_BODY_LIMIT = 256 * 1024;

export function registerHelloAssoRoutes(app: App, deps: AppDeps, client: HelloAssoClient) {
  const { config, database } = deps;
  const box = secretBoxOf(config);

  // HelloAsso's notifications: the raw bytes are what the signature covers.
  app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: NOTIFICATION_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/webhooks/helloasso/:orgId',
      {
        schema: {
          operationId: 'receiveHelloAssoNotification',
          summary: "HelloAsso's notification of an order or a payment (its webhook)",
          description:
            'Enter this address as notification URL in HelloAsso. With a signature key set, the x-ha-signature header (HMAC-SHA256 of the body, hex) must match, else 401 and nothing changes. The checkout is then read back from HelloAsso: only its authorised payments are recorded, each once.',
          tags,
          params: OrgParamsSchema,
          response: {
            200: HelloAssoNotificationResultSchema,
            ...errorResponses(400, 401, 404, 413, 415),
          },
        },
      },
      async (request) => {
        const signature = request.headers['x-ha-signature'];
        const outcome = await receiveNotification({
          database,
          client,
          box,
          orgId: request.params.orgId,
          body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          signature: Array.isArray(signature) ? signature[0] : signature,
        });
        return { outcome };
      },
    );
  });

  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: (lang: 'fr' | 'en' | 'de') => string,
    text: (lang: 'fr' | 'en' | 'de') => string,
    back: string | null,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, {
      status,
      title: title(lang),
      description: text(lang),
      organisationName: null,
      body: (
        <>
          <h1>{title(lang)}</h1>
          <p>{text(lang)}</p>
          {back ? (
            <p>
              <a href={`${back}?lang=${lang}`}>{paymentTexts[lang].back}</a>
            </p>
          ) : null}
        </>
      ),
    });
  };

  addPublicForms(
    app,
    {
      publicUrl: config.publicUrl,
      refuseCrossSite: (request, reply) =>
        page(
          request,
          reply,
          403,
          (lang) => concertTexts[lang].crossSiteTitle,
          (lang) => concertTexts[lang].crossSiteText,
          null,
        ),
    },
    (forms) => {
      forms.post(
        '/p/:orgSlug/reservation/:secret/payer',
        { schema: { hide: true } },
        async (request, reply) => {
          const params = request.params as { orgSlug: string; secret: string };
          const org = await findPublishedOrganisation(database.db, params.orgSlug);
          const missing = () =>
            page(
              request,
              reply,
              404,
              (lang) => concertTexts[lang].missingTitle,
              (lang) => concertTexts[lang].missingText,
              null,
            );
          if (!org || !ORDER_SECRET_PATTERN.test(params.secret)) return missing();
          const back = orderPath(org.slug, params.secret);
          const lang = privatePageLanguage(request, reply, config.secureCookies);
          try {
            const started = await startCheckout({
              database,
              client,
              box,
              publicUrl: config.publicUrl,
              org,
              secret: params.secret,
              lang,
            });
            if (!started) return missing();
            return sendPrivatePage(request, reply, lang, {
              title: paymentTexts[lang].continueTitle,
              description: paymentTexts[lang].continueTitle,
              organisationName: org.name,
              body: (
                <ContinueToHelloAsso
                  redirectUrl={started.redirectUrl}
                  amountCents={started.amountCents}
                  back={`${back}?lang=${lang}`}
                  lang={lang}
                />
              ),
            });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            if (
              error.code === 'PAYMENT.NOTHING_DUE' ||
              error.code === 'PAYMENT.ONLINE_NOT_CONFIGURED'
            )
              return page(
                request,
                reply,
                409,
                (l) => paymentTexts[l].nothingDueTitle,
                (l) => paymentTexts[l].nothingDueText,
                back,
              );
            if (error.code.startsWith('PAYMENT.PROVIDER_')) {
              request.log.warn({ code: error.code }, 'HelloAsso checkout not created');
              return page(
                request,
                reply,
                503,
                (l) => paymentTexts[l].unavailableTitle,
                (l) => paymentTexts[l].unavailableText,
                back,
              );
            }
            throw error;
          }
        },
      );
    },
  );
}
