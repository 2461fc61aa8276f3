// The public side of bookings: the form posted from a concert's page, the order's page by its
// secret (QR code, calendar file), and its cancellation. Classic forms, no script.
import { ORDER_SECRET_PATTERN, PUBLIC_CODE_PATTERN } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  addPublicForms,
  type FormBody,
  findPublishedOrganisation,
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  qrCode,
  sendPrivatePage,
} from '../../platform/public-pages';
import { secretBoxOf } from '../../platform/secrets';
import { findPublicSession } from '../sessions';
import { bookConcert, cancelOrder, readOrder, readPublicTickets } from './booking.service';
import { formProblems, issuesOf, readBookingForm } from './booking-form';
import { concertSettings } from './concert-settings';
import { BackToConcert } from './form-fields';
import { GroupOrderBody } from './group-order-body';
import { registerGroupOrderPages } from './group-orders.pages';
import { readOrderPayment } from './helloasso-checkout';
import { concertTexts } from './i18n';
import { concertName, OrderBody, orderCalendar, orderPath } from './order-page';
import { paymentNotice } from './payments-page';
import { bookingLimit, pageSender } from './public-replies';
import { BookingForm, type BookingFormState, bookingPath, TicketList } from './tickets';
import { registerWaitingListPages } from './waiting-list.pages';

type SlugParams = { orgSlug: string; code?: string; secret?: string };

export function registerPublicBookingPages(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const settings = concertSettings(config);
  const box = secretBoxOf(config);
  // One count per network address for bookings, waiting list sign-ups and group requests.
  const limitBookings = bookingLimit(app, config, pageSender(config));
  registerWaitingListPages(app, deps, { settings, send: pageSender(config), limitBookings });
  registerGroupOrderPages(app, deps, { settings, send: pageSender(config), limitBookings });

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

  /** The published organisation and the order its secret names; null: a 404 page. */
  async function orderOf(params: SlugParams) {
    const org = await findPublishedOrganisation(database.db, params.orgSlug);
    if (!org || !params.secret || !ORDER_SECRET_PATTERN.test(params.secret)) return null;
    const view = await readOrder({ database, orgId: org.id, secret: params.secret });
    return view ? { org, view, secret: params.secret } : null;
  }
  const missing = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(404, concertTexts[lang].missingTitle, concertTexts[lang].missingText, null),
    );

  app.get('/p/:orgSlug/reservation/:secret', { schema: { hide: true } }, async (request, reply) => {
    const found = await orderOf(request.params as SlugParams);
    if (!found) return missing(request, reply);
    const base = orderPath(found.org.slug, found.secret);
    const payment = await readOrderPayment({
      database,
      box,
      orgId: found.org.id,
      secret: found.secret,
    });
    const notice = paymentNotice(request.query);
    return send(request, reply, (lang) => ({
      title: `${concertTexts[lang].orderTitle} — ${concertName(found.view.concert, lang)}`,
      description: concertTexts[lang].orderLead,
      organisationName: found.org.name,
      body: found.view.group ? (
        <GroupOrderBody
          order={found.view.order}
          group={found.view.group}
          concert={found.view.concert}
          base={base}
          lang={lang}
        />
      ) : (
        <OrderBody
          view={found.view}
          base={base}
          lang={lang}
          payment={payment ? { view: payment, notice } : null}
        />
      ),
    }));
  });

  app.get(
    '/p/:orgSlug/reservation/:secret/qr.svg',
    { schema: { hide: true } },
    async (request, reply) => {
      const found = await orderOf(request.params as SlugParams);
      if (!found) return missing(request, reply);
      // The code holds the secret alone: the door reads it, with or without a network.
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'private, no-store')
        .send(await qrCode(found.secret, 'svg'));
    },
  );

  app.get(
    '/p/:orgSlug/reservation/:secret/concert.ics',
    { schema: { hide: true } },
    async (request, reply) => {
      const found = await orderOf(request.params as SlugParams);
      if (!found) return missing(request, reply);
      const lang = privatePageLanguage(request, reply, config.secureCookies);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="concert.ics"')
        .header('cache-control', 'private, no-store')
        .send(orderCalendar(found.view, found.org.name, lang));
    },
  );

  const refuseCrossSite = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      message(403, concertTexts[lang].crossSiteTitle, concertTexts[lang].crossSiteText, null),
    );

  addPublicForms(app, { publicUrl: config.publicUrl, refuseCrossSite }, (forms) => {
    forms.post(
      '/p/:orgSlug/e/:code/reserver',
      { schema: { hide: true } },
      async (request, reply) => {
        const params = request.params as SlugParams;
        const form = (request.body ?? {}) as FormBody;
        const org = await findPublishedOrganisation(database.db, params.orgSlug);
        const code = params.code ?? '';
        const page =
          org && PUBLIC_CODE_PATTERN.test(code)
            ? await database.withTenant({ orgId: org.id, userId: null }, async (tx) => {
                const session = await findPublicSession(tx, code);
                const tickets = await readPublicTickets(tx, code);
                return session && tickets ? { session, tickets } : null;
              })
            : null;
        if (!org || !page) return missing(request, reply);
        if (await limitBookings(request, reply)) return reply;
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        const refuse = (status: number, state: BookingFormState) =>
          sendPrivatePage(request, reply, lang, {
            status,
            title: `${concertTexts[lang].bookTitle} — ${page.session.title ?? concertTexts[lang].concert}`,
            description: concertTexts[lang].bookLead,
            organisationName: org.name,
            body: (
              <>
                <h1>{page.session.title ?? concertTexts[lang].concert}</h1>
                <TicketList tickets={page.tickets} lang={lang} />
                <h2>{concertTexts[lang].bookTitle}</h2>
                <BookingForm
                  tickets={page.tickets}
                  action={bookingPath(org.slug, code)}
                  lang={lang}
                  state={state}
                />
                <BackToConcert slug={org.slug} code={code} lang={lang} />
              </>
            ),
          });
        const { input, booking, issues } = readBookingForm(form, page.tickets);
        if (!booking) return refuse(400, formProblems(form, issues, input, page.tickets, lang));
        try {
          const { secret } = await bookConcert({
            database,
            orgId: org.id,
            code,
            input: booking,
            locale: lang,
            settings,
          });
          return reply
            .code(303)
            .header('cache-control', 'no-store')
            .redirect(`${orderPath(org.slug, secret)}?lang=${lang}`);
        } catch (error) {
          if (!(error instanceof AppError) || error.status >= 500 || error.status === 404)
            throw error;
          return refuse(
            error.status,
            formProblems(form, issuesOf(error), input, page.tickets, lang),
          );
        }
      },
    );

    forms.post(
      '/p/:orgSlug/reservation/:secret/annuler',
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await orderOf(request.params as SlugParams);
        if (!found) return missing(request, reply);
        await cancelOrder({ database, orgId: found.org.id, secret: found.secret, settings });
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        return reply
          .code(303)
          .header('cache-control', 'no-store')
          .redirect(`${orderPath(found.org.slug, found.secret)}?lang=${lang}`);
      },
    );
  });
}
