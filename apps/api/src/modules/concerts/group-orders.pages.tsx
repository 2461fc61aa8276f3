// The public side of group orders: the form's page for a class or a nursery (the form itself is
// in group-order-form.tsx), the order's page when it is a group's (group-order-body.tsx), and
// the head's page to confirm or decline. Classic forms, no script.
import { ORDER_SECRET_PATTERN, PUBLIC_CODE_PATTERN } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  addPublicForms,
  type FormBody,
  findPublishedOrganisation,
  privatePageLanguage,
} from '../../platform/public-pages';
import { findPublicSession } from '../sessions';
import type { ConcertSettings } from './concert-settings';
import { BackToConcert, type BookingFormState } from './form-fields';
import { GroupFacts } from './group-order-body';
import { GroupOrderForm, groupField, readGroupForm } from './group-order-form';
import { answerGroupOrder, createGroupOrder, readHeadPage } from './group-orders.service';
import { concertTexts, groupOrderTexts } from './i18n';
import { concertName, concertWhen, orderPath } from './order-page';
import { crossSiteRefusal, type LimitCheck, messagePage, type PageSender } from './public-replies';
import { groupFormPath } from './ticket-extras';

type SlugParams = { orgSlug: string; code?: string; secret?: string };

export function registerGroupOrderPages(
  app: App,
  deps: AppDeps,
  options: { settings: ConcertSettings; send: PageSender; limitBookings: LimitCheck },
) {
  const { database, config } = deps;
  const { settings, send, limitBookings } = options;
  const holdHours = Math.round(settings.groupHoldMs / 3_600_000);

  const missing = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      messagePage(404, groupOrderTexts[lang].missingTitle, groupOrderTexts[lang].missingText, null),
    );

  /** The published organisation and the concert of the form's address; null: a 404 page. */
  async function concertOf(params: SlugParams) {
    const code = params.code ?? '';
    const org = await findPublishedOrganisation(database.db, params.orgSlug);
    if (!org || !PUBLIC_CODE_PATTERN.test(code)) return null;
    const session = await database.withTenant({ orgId: org.id, userId: null }, (tx) =>
      findPublicSession(tx, code),
    );
    return session?.kind === 'concert' ? { org, session, code } : null;
  }

  const formPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof concertOf>>>,
    status = 200,
    state?: BookingFormState,
  ) =>
    send(request, reply, (lang) => {
      const texts = groupOrderTexts[lang];
      const name = found.session.title ?? concertTexts[lang].concert;
      return {
        status,
        title: `${texts.title} — ${name}`,
        description: texts.lead(holdHours),
        organisationName: found.org.name,
        body: (
          <>
            <h1>{texts.title}</h1>
            <p class="lead">{name}</p>
            <p>{texts.lead(holdHours)}</p>
            <p class="muted">{texts.priceNote}</p>
            <GroupOrderForm
              action={groupFormPath(found.org.slug, found.code)}
              lang={lang}
              state={state}
            />
            <BackToConcert slug={found.org.slug} code={found.code} lang={lang} />
          </>
        ),
      };
    });

  app.get('/p/:orgSlug/e/:code/groupe', { schema: { hide: true } }, async (request, reply) => {
    const found = await concertOf(request.params as SlugParams);
    if (!found) return missing(request, reply);
    return formPage(request, reply, found);
  });

  async function headOf(params: SlugParams) {
    const org = await findPublishedOrganisation(database.db, params.orgSlug);
    if (!org || !params.secret || !ORDER_SECRET_PATTERN.test(params.secret)) return null;
    const view = await readHeadPage({ database, orgId: org.id, secret: params.secret });
    return view ? { org, view, secret: params.secret } : null;
  }

  const headPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof headOf>>>,
    status = 200,
  ) =>
    send(request, reply, (lang) => {
      const texts = groupOrderTexts[lang];
      const { group, order, concert } = found.view;
      const base = `/p/${found.org.slug}/direction/${found.secret}`;
      const title = {
        pending: texts.headTitle,
        confirmed: texts.confirmedTitle,
        declined: texts.declinedTitle,
        released: texts.expiredTitle,
        cancelled: texts.orderTitle,
      }[found.view.status];
      return {
        status,
        title,
        description: texts.headTitle,
        organisationName: found.org.name,
        body: (
          <>
            <h1>{title}</h1>
            <p class="lead">
              {concertName(concert, lang)} — {concertWhen(concert, lang)}
            </p>
            {found.view.status === 'pending' && <p>{texts.headLead(order.name ?? '')}</p>}
            {found.view.status === 'confirmed' && <p>{texts.confirmedText}</p>}
            {found.view.status === 'declined' && <p>{texts.declinedText}</p>}
            {found.view.status === 'released' && <p>{texts.expiredText}</p>}
            <GroupFacts
              group={group}
              order={order}
              lang={lang}
              status={found.view.status}
              concert={concert}
            />
            {found.view.status === 'pending' && (
              <>
                <form method="post" action={`${base}/confirmer?lang=${lang}`}>
                  <button type="submit">{texts.confirm}</button>
                </form>
                <form method="post" action={`${base}/refuser?lang=${lang}`}>
                  <button type="submit" class="quiet">
                    {texts.decline}
                  </button>
                </form>
              </>
            )}
          </>
        ),
      };
    });

  // The head's link opens a page that asks for a click: a mail scanner fetching it answers nothing.
  app.get('/p/:orgSlug/direction/:secret', { schema: { hide: true } }, async (request, reply) => {
    const found = await headOf(request.params as SlugParams);
    if (!found) return missing(request, reply);
    return headPage(request, reply, found);
  });

  addPublicForms(
    app,
    { publicUrl: config.publicUrl, refuseCrossSite: crossSiteRefusal(send) },
    (forms) => {
      forms.post(
        '/p/:orgSlug/e/:code/groupe',
        { schema: { hide: true } },
        async (request, reply) => {
          const found = await concertOf(request.params as SlugParams);
          if (!found) return missing(request, reply);
          if (await limitBookings(request, reply)) return reply;
          const lang = privatePageLanguage(request, reply, config.secureCookies);
          const form = (request.body ?? {}) as FormBody;
          const { input, state } = readGroupForm(form, lang);
          if (!input) return formPage(request, reply, found, 400, state);
          try {
            const { secret } = await createGroupOrder({
              database,
              orgId: found.org.id,
              settings,
              code: found.code,
              input,
              locale: lang,
            });
            return reply
              .code(303)
              .header('cache-control', 'no-store')
              .redirect(`${orderPath(found.org.slug, secret)}?lang=${lang}`);
          } catch (error) {
            if (!(error instanceof AppError) || error.status >= 500 || error.status === 404)
              throw error;
            const texts = groupOrderTexts[lang].problem;
            const problem =
              error.code === 'CONCERT.SOLD_OUT'
                ? texts.soldOut(Number(error.details?.remaining ?? 0))
                : texts.closed;
            return formPage(request, reply, found, error.status, {
              values: form,
              problems: { [groupField.children]: problem },
            });
          }
        },
      );

      for (const [path, answer] of [
        ['confirmer', 'confirm'],
        ['refuser', 'decline'],
      ] as const) {
        forms.post(
          `/p/:orgSlug/direction/:secret/${path}`,
          { schema: { hide: true } },
          async (request, reply) => {
            const found = await headOf(request.params as SlugParams);
            if (!found) return missing(request, reply);
            const { done } = await answerGroupOrder({
              database,
              orgId: found.org.id,
              settings,
              secret: found.secret,
              answer,
            });
            const again = await headOf(request.params as SlugParams);
            return again
              ? headPage(request, reply, again, done ? 200 : 409)
              : missing(request, reply);
          },
        );
      }
    },
  );
}
