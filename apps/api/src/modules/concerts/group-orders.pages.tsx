// The public side of group orders: the form for a class or a nursery (its own page, linked from
// the concert's page), the order's page when it is a group's, and the head's page to confirm or
// decline. Classic forms, no script.
import {
  type EstablishmentKind,
  establishmentKinds,
  GroupOrderInputSchema,
  type GroupOrderStatus,
  MAX_GROUP_ADULTS,
  MAX_GROUP_CHILDREN,
  ORDER_SECRET_PATTERN,
  PUBLIC_CODE_PATTERN,
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
import type { ConcertSession } from '../sessions';
import { findPublicSession } from '../sessions';
import type { ConcertSettings } from './concert-settings';
import type { OrderRow } from './concerts.repository';
import { BackToConcert, type BookingFormState, described, Problem } from './form-fields';
import type { GroupRow } from './group-orders.repository';
import {
  answerGroupOrder,
  createGroupOrder,
  groupStatus,
  readHeadPage,
} from './group-orders.service';
import { concertTexts, groupOrderTexts } from './i18n';
import { momentText } from './moments';
import { concertName, concertWhen, orderPath } from './order-page';
import { crossSiteRefusal, type LimitCheck, messagePage, type PageSender } from './public-replies';
import { groupFormPath } from './ticket-extras';

const field = {
  kind: 'g-kind',
  establishment: 'g-establishment',
  group: 'g-group',
  children: 'g-children',
  adults: 'g-adults',
  contactName: 'g-contact',
  contactEmail: 'g-email',
  contactPhone: 'g-phone',
  headEmail: 'g-head',
  access: 'g-access',
} as const;

function TextField(props: {
  name: string;
  label: string;
  state: BookingFormState;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  number?: { min: number; max: number };
}) {
  const { name, state } = props;
  return (
    <>
      <label for={name}>{props.label}</label>
      {props.hint && (
        <p class="muted" id={`${name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.number ? (
        <input
          {...described(name, state, props.hint ? `${name}-hint` : undefined)}
          type="number"
          class="qty"
          inputmode="numeric"
          min={String(props.number.min)}
          max={String(props.number.max)}
          value={state.values[name] ?? ''}
        />
      ) : (
        <input
          {...described(name, state, props.hint ? `${name}-hint` : undefined)}
          type={(props.type ?? 'text') as 'text'}
          autocomplete={props.autocomplete}
          value={state.values[name] ?? ''}
        />
      )}
      <Problem id={name} text={state.problems[name]} />
    </>
  );
}

export function GroupOrderForm(props: {
  action: string;
  lang: PublicLanguage;
  state?: BookingFormState;
}) {
  const texts = groupOrderTexts[props.lang];
  const state = props.state ?? { values: {}, problems: {} };
  const problems = Object.entries(state.problems);
  const kind = state.values[field.kind];
  return (
    <form method="post" action={`${props.action}?lang=${props.lang}`} novalidate>
      {problems.length > 0 && (
        <div class="note" role="alert">
          <h3>{texts.errorsTitle}</h3>
          <ul>
            {problems.map(([name, text]) => (
              <li key={name}>
                <a href={`#${name}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset
        class="choice"
        aria-describedby={state.problems[field.kind] ? `${field.kind}-problem` : undefined}
      >
        <legend id={field.kind}>{texts.kindLegend}</legend>
        {establishmentKinds.map((value) => (
          <div key={value}>
            <input
              type="radio"
              id={`${field.kind}-${value}`}
              name={field.kind}
              value={value}
              checked={kind === value}
            />
            <label for={`${field.kind}-${value}`}>{texts.kind[value]}</label>
          </div>
        ))}
        <Problem id={field.kind} text={state.problems[field.kind]} />
      </fieldset>
      <TextField name={field.establishment} label={texts.establishmentLabel} state={state} />
      <TextField name={field.group} label={texts.groupLabel} hint={texts.groupHint} state={state} />
      <TextField
        name={field.children}
        label={texts.childrenLabel}
        state={state}
        number={{ min: 1, max: MAX_GROUP_CHILDREN }}
      />
      <TextField
        name={field.adults}
        label={texts.adultsLabel}
        state={state}
        number={{ min: 1, max: MAX_GROUP_ADULTS }}
      />
      <TextField
        name={field.contactName}
        label={texts.contactNameLabel}
        state={state}
        autocomplete="name"
      />
      <TextField
        name={field.contactEmail}
        label={texts.contactEmailLabel}
        state={state}
        type="email"
        autocomplete="email"
      />
      <TextField
        name={field.contactPhone}
        label={texts.contactPhoneLabel}
        state={state}
        type="tel"
        autocomplete="tel"
      />
      <TextField
        name={field.headEmail}
        label={texts.headEmailLabel}
        hint={texts.headHint}
        state={state}
        type="email"
      />
      <label for={field.access}>{texts.accessLabel}</label>
      <p class="muted" id={`${field.access}-hint`}>
        {texts.accessHint}
      </p>
      <textarea
        {...described(field.access, state, `${field.access}-hint`)}
        rows={3}
        maxLength={500}
      >
        {state.values[field.access] ?? ''}
      </textarea>
      <Problem id={field.access} text={state.problems[field.access]} />
      <button type="submit">{texts.submit}</button>
    </form>
  );
}

/** The form's fields read into a group order, and each problem by field. */
function readGroupForm(form: FormBody, lang: PublicLanguage) {
  const texts = groupOrderTexts[lang].problem;
  const text = (name: string) => form[name]?.trim() || undefined;
  const count = (name: string) => (text(name) === undefined ? Number.NaN : Number(text(name)));
  const parsed = GroupOrderInputSchema.safeParse({
    establishmentKind: form[field.kind] ?? '',
    establishmentName: form[field.establishment] ?? '',
    groupName: text(field.group),
    children: count(field.children),
    adults: count(field.adults),
    contactName: form[field.contactName] ?? '',
    contactEmail: text(field.contactEmail) ?? '',
    contactPhone: text(field.contactPhone),
    headEmail: text(field.headEmail) ?? '',
    accessNeeds: text(field.access),
  });
  const byPath: Record<string, [string, string]> = {
    establishmentKind: [field.kind, texts.kind],
    establishmentName: [field.establishment, texts.establishment],
    groupName: [field.group, texts.group],
    children: [field.children, texts.children(MAX_GROUP_CHILDREN)],
    adults: [field.adults, texts.adults(MAX_GROUP_ADULTS)],
    contactName: [field.contactName, texts.contactName],
    contactEmail: [field.contactEmail, texts.email],
    contactPhone: [field.contactPhone, texts.phone],
    headEmail: [field.headEmail, texts.email],
    accessNeeds: [field.access, texts.access],
  };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const [name, message] = byPath[String(issue.path[0])] ?? [field.children, texts.children(0)];
    problems[name] ??= message;
  }
  return { input: parsed.data, state: { values: form, problems } };
}

function statusText(
  status: GroupOrderStatus,
  group: GroupRow,
  concert: ConcertSession,
  lang: PublicLanguage,
) {
  const texts = groupOrderTexts[lang].status;
  return status === 'pending'
    ? texts.pending(momentText(group.holdExpiresAt, concert.timeZone, lang))
    : texts[status];
}

function GroupFacts(props: {
  group: GroupRow;
  order: OrderRow;
  lang: PublicLanguage;
  status: GroupOrderStatus;
  concert: ConcertSession;
}) {
  const { group, order, lang } = props;
  const texts = groupOrderTexts[lang];
  return (
    <dl>
      <dt>{texts.who}</dt>
      <dd>
        {[group.establishmentName, group.groupName].filter(Boolean).join(', ')} (
        {texts.kind[group.establishmentKind as EstablishmentKind]})
      </dd>
      <dt>{concertTexts[lang].seats(order.seats)}</dt>
      <dd>
        {texts.children(group.children)}, {texts.adults(group.adults)}
      </dd>
      {order.name && (
        <>
          <dt>{concertTexts[lang].orderFor}</dt>
          <dd>{order.name}</dd>
        </>
      )}
      <dt>{texts.statusTitle}</dt>
      <dd>{statusText(props.status, group, props.concert, lang)}</dd>
    </dl>
  );
}

/** A group order's page, by the order's secret: where it stands, and its code once confirmed. */
export function GroupOrderBody(props: {
  order: OrderRow;
  group: GroupRow;
  concert: ConcertSession;
  base: string;
  lang: PublicLanguage;
  now?: Date;
}) {
  const { order, group, concert, base, lang } = props;
  const texts = groupOrderTexts[lang];
  const common = concertTexts[lang];
  const status = groupStatus(group, order, props.now ?? new Date());
  return (
    <>
      <h1>{texts.orderTitle}</h1>
      <p class="lead">
        {concertName(concert, lang)} — {concertWhen(concert, lang)}
        {concert.venueName && (
          <>
            <br />
            {[concert.venueName, concert.venueAddress].filter(Boolean).join(', ')}
          </>
        )}
      </p>
      <GroupFacts group={group} order={order} lang={lang} status={status} concert={concert} />
      <p class="muted">{texts.priceNote}</p>
      {status === 'confirmed' && (
        <>
          <dl>
            <dt>{common.code}</dt>
            <dd>
              <code>{order.secret}</code>
            </dd>
          </dl>
          <p>
            <img src={`${base}/qr.svg`} alt={common.qrAlt} width={200} height={200} />
          </p>
          <p>
            <a href={`${base}/concert.ics`} download="concert.ics">
              {common.calendar}
            </a>
          </p>
        </>
      )}
      {(status === 'confirmed' || status === 'pending') && (
        <section class="card" aria-labelledby="cancel">
          <h2 id="cancel">{common.cancelTitle}</h2>
          <p>{common.cancelText}</p>
          <form method="post" action={`${base}/annuler?lang=${lang}`}>
            <button type="submit" class="quiet">
              {common.cancel}
            </button>
          </form>
        </section>
      )}
    </>
  );
}

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
              problems: { [field.children]: problem },
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
