// The public side of a concert's waiting list: the sign-up form (on the concert's page when the
// hall is nearly full), an entry's page by its secret (waiting-list-entry.tsx: its place, its
// offer to take, a form to leave), taking the offer and leaving. Classic forms, no script. The
// "lost your booking link?" form is lost-link.pages.tsx.
import {
  MAX_SEATS_PER_ORDER,
  ORDER_SECRET_PATTERN,
  PUBLIC_CODE_PATTERN,
  WaitingListJoinInputSchema,
} from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  addPublicForms,
  type FormBody,
  findPublishedOrganisation,
  type PublicLanguage,
  privatePageLanguage,
} from '../../platform/public-pages';
import { findPublicSession } from '../sessions';
import { formProblems, issuesOf, readBookingForm } from './booking-form';
import type { ConcertSettings } from './concert-settings';
import { BackToConcert } from './form-fields';
import { concertTexts, waitingListTexts } from './i18n';
import { registerLostLinkPage } from './lost-link.pages';
import { concertName, orderPath } from './order-page';
import { crossSiteRefusal, type LimitCheck, messagePage, type PageSender } from './public-replies';
import { waitingListField as field, WaitingListForm, waitingListPath } from './ticket-extras';
import type { BookingFormState } from './tickets';
import { entryPath } from './waiting-list.mails';
import { joinWaitingList, leaveWaitingList, readEntry, takeOffer } from './waiting-list.service';
import { EntryBody } from './waiting-list-entry';

type SlugParams = { orgSlug: string; code?: string; secret?: string };

/** The sign-up form's fields read into a party, and each problem by field. */
function readJoinForm(form: FormBody, lang: PublicLanguage) {
  const texts = waitingListTexts[lang].problem;
  const text = (name: string) => form[name]?.trim() || undefined;
  const parsed = WaitingListJoinInputSchema.safeParse({
    name: form[field.name] ?? '',
    email: text(field.email) ?? '',
    phone: text(field.phone),
    partySize: Number(form[field.party] ?? ''),
  });
  const problems: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const [path] = issue.path;
    if (path === 'name') problems[field.name] ??= texts.name;
    else if (path === 'email') problems[field.email] ??= texts.email;
    else if (path === 'phone') problems[field.phone] ??= texts.phone;
    else problems[field.party] ??= texts.party(MAX_SEATS_PER_ORDER);
  }
  return { input: parsed.data, state: { values: form, problems } };
}

export function registerWaitingListPages(
  app: App,
  deps: AppDeps,
  options: { settings: ConcertSettings; send: PageSender; limitBookings: LimitCheck },
) {
  const { database, config } = deps;
  const { settings, send, limitBookings } = options;
  registerLostLinkPage(app, deps, { settings, send });
  const offerHours = Math.round(settings.offerMs / 3_600_000);

  const missing = (request: FastifyRequest, reply: FastifyReply) =>
    send(request, reply, (lang) =>
      messagePage(
        404,
        waitingListTexts[lang].missingTitle,
        waitingListTexts[lang].missingText,
        null,
      ),
    );

  /** The published organisation and the entry its secret names; null: a 404 page. */
  async function entryOf(params: SlugParams) {
    const org = await findPublishedOrganisation(database.db, params.orgSlug);
    if (!org || !params.secret || !ORDER_SECRET_PATTERN.test(params.secret)) return null;
    const view = await readEntry({ database, orgId: org.id, secret: params.secret });
    return view ? { org, view } : null;
  }

  const entryPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof entryOf>>>,
    status = 200,
    state?: BookingFormState,
  ) =>
    send(request, reply, (lang) => ({
      status,
      title: `${waitingListTexts[lang].title} — ${concertName(found.view.concert, lang)}`,
      description: waitingListTexts[lang].entryTitle,
      organisationName: found.org.name,
      body: (
        <EntryBody
          view={found.view}
          orgSlug={found.org.slug}
          lang={lang}
          offerHours={offerHours}
          state={state}
        />
      ),
    }));

  app.get('/p/:orgSlug/attente/:secret', { schema: { hide: true } }, async (request, reply) => {
    const found = await entryOf(request.params as SlugParams);
    if (!found) return missing(request, reply);
    return entryPage(request, reply, found);
  });

  addPublicForms(
    app,
    { publicUrl: config.publicUrl, refuseCrossSite: crossSiteRefusal(send) },
    (forms) => {
      forms.post(
        '/p/:orgSlug/e/:code/liste-attente',
        { schema: { hide: true } },
        async (request, reply) => {
          const params = request.params as SlugParams;
          const code = params.code ?? '';
          const org = await findPublishedOrganisation(database.db, params.orgSlug);
          const session =
            org && PUBLIC_CODE_PATTERN.test(code)
              ? await database.withTenant({ orgId: org.id, userId: null }, (tx) =>
                  findPublicSession(tx, code),
                )
              : null;
          if (!org || !session) return missing(request, reply);
          if (await limitBookings(request, reply)) return reply;
          const form = (request.body ?? {}) as FormBody;
          const refuse = (status: number, state: BookingFormState) =>
            send(request, reply, (lang) => ({
              status,
              title: `${waitingListTexts[lang].title} — ${session.title ?? concertTexts[lang].concert}`,
              description: waitingListTexts[lang].lead,
              organisationName: org.name,
              body: (
                <>
                  <h1>{session.title ?? concertTexts[lang].concert}</h1>
                  <h2>{waitingListTexts[lang].title}</h2>
                  <WaitingListForm
                    action={waitingListPath(org.slug, code)}
                    lang={lang}
                    state={state}
                  />
                  <BackToConcert slug={org.slug} code={code} lang={lang} />
                </>
              ),
            }));
          const lang = privatePageLanguage(request, reply, config.secureCookies);
          const { input, state } = readJoinForm(form, lang);
          if (!input) return refuse(400, state);
          try {
            const { secret } = await joinWaitingList({
              database,
              orgId: org.id,
              settings,
              code,
              input,
              locale: lang,
            });
            return reply
              .code(303)
              .header('cache-control', 'no-store')
              .redirect(`${entryPath(org.slug, secret)}?lang=${lang}`);
          } catch (error) {
            if (!(error instanceof AppError) || error.status >= 500 || error.status === 404)
              throw error;
            const texts = waitingListTexts[lang].problem;
            const remaining = Number(error.details?.remaining ?? 0);
            return refuse(error.status, {
              values: form,
              problems: {
                [field.party]:
                  error.code === 'WAITING_LIST.SEATS_AVAILABLE'
                    ? texts.seatsAvailable(remaining)
                    : texts.closed,
              },
            });
          }
        },
      );

      forms.post(
        '/p/:orgSlug/attente/:secret/confirmer',
        { schema: { hide: true } },
        async (request, reply) => {
          const found = await entryOf(request.params as SlugParams);
          if (!found) return missing(request, reply);
          const { entry, tickets } = found.view;
          if (found.view.status !== 'offered' || !tickets)
            return entryPage(request, reply, found, 409);
          const lang = privatePageLanguage(request, reply, config.secureCookies);
          const form = (request.body ?? {}) as FormBody;
          const publicTickets = { ...tickets, open: true };
          const { input, booking, issues } = readBookingForm(
            {
              ...form,
              name: entry.name ?? '',
              email: entry.email ?? undefined,
              phone: entry.phone ?? undefined,
            },
            publicTickets,
          );
          if (!booking) {
            return entryPage(
              request,
              reply,
              found,
              400,
              formProblems(form, issues, input, publicTickets, lang),
            );
          }
          try {
            const { secret } = await takeOffer({
              database,
              orgId: found.org.id,
              settings,
              secret: entry.secret,
              input: { lines: booking.lines, accessNeeds: booking.accessNeeds },
            });
            return reply
              .code(303)
              .header('cache-control', 'no-store')
              .redirect(`${orderPath(found.org.slug, secret)}?lang=${lang}`);
          } catch (error) {
            if (!(error instanceof AppError) || error.status >= 500 || error.status === 404)
              throw error;
            if (error.code === 'WAITING_LIST.NO_OFFER') {
              const again = await entryOf(request.params as SlugParams);
              return again ? entryPage(request, reply, again, 409) : missing(request, reply);
            }
            const state =
              error.code === 'WAITING_LIST.TOO_MANY_SEATS'
                ? {
                    values: form,
                    problems: { seats: waitingListTexts[lang].tooManySeats(entry.partySize) },
                  }
                : formProblems(form, issuesOf(error), input, publicTickets, lang);
            return entryPage(request, reply, found, error.status, state);
          }
        },
      );

      forms.post(
        '/p/:orgSlug/attente/:secret/quitter',
        { schema: { hide: true } },
        async (request, reply) => {
          const found = await entryOf(request.params as SlugParams);
          if (!found) return missing(request, reply);
          await leaveWaitingList({
            database,
            orgId: found.org.id,
            settings,
            secret: found.view.entry.secret,
          });
          const lang = privatePageLanguage(request, reply, config.secureCookies);
          return reply
            .code(303)
            .header('cache-control', 'no-store')
            .redirect(`${entryPath(found.org.slug, found.view.entry.secret)}?lang=${lang}`);
        },
      );
    },
  );
}
