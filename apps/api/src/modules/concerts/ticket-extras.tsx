// What a concert's page offers beside its booking form: the waiting list's sign-up when the hall
// is (nearly) full, the link to the form for classes and nurseries, and "lost your booking
// link?". Classic forms, no script.
import { MAX_SEATS_PER_ORDER } from '@tutti/contracts';
import type { PublicLanguage } from '../../platform/public-pages';
import type { PublicTickets } from './booking.service';
import { type BookingFormState, described, Problem } from './form-fields';
import { groupOrderTexts, waitingListTexts } from './i18n';

export const groupFormPath = (orgSlug: string, code: string) => `/p/${orgSlug}/e/${code}/groupe`;
export const waitingListPath = (orgSlug: string, code: string) =>
  `/p/${orgSlug}/e/${code}/liste-attente`;
export const lostLinkPath = (orgSlug: string, code: string) => `/p/${orgSlug}/e/${code}/lien-perdu`;

export const waitingListField = {
  party: 'wl-party',
  name: 'wl-name',
  email: 'wl-email',
  phone: 'wl-phone',
};
const emptyState: BookingFormState = { values: {}, problems: {} };

function ErrorSummary({ title, state }: { title: string; state: BookingFormState }) {
  const problems = Object.entries(state.problems);
  if (problems.length === 0) return null;
  return (
    <div class="note" role="alert">
      <h3>{title}</h3>
      <ul>
        {problems.map(([name, text]) => (
          <li key={name}>
            <a href={`#${name}`}>{text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The sign-up form: seats wanted, a name, an e-mail address (offers go there), a phone. */
export function WaitingListForm(props: {
  action: string;
  lang: PublicLanguage;
  state?: BookingFormState;
}) {
  const texts = waitingListTexts[props.lang];
  const state = props.state ?? emptyState;
  return (
    <form method="post" action={`${props.action}?lang=${props.lang}`} novalidate>
      <ErrorSummary title={texts.errorsTitle} state={state} />
      <label for={waitingListField.party}>{texts.partyLabel}</label>
      <input
        {...described(waitingListField.party, state)}
        class="qty"
        type="number"
        inputmode="numeric"
        min="1"
        max={String(MAX_SEATS_PER_ORDER)}
        value={state.values[waitingListField.party] ?? '1'}
      />
      <Problem id={waitingListField.party} text={state.problems[waitingListField.party]} />
      <label for={waitingListField.name}>{texts.nameLabel}</label>
      <input
        {...described(waitingListField.name, state)}
        autocomplete="name"
        value={state.values[waitingListField.name] ?? ''}
      />
      <Problem id={waitingListField.name} text={state.problems[waitingListField.name]} />
      <label for={waitingListField.email}>{texts.emailLabel}</label>
      <input
        {...described(waitingListField.email, state, 'wl-email-hint')}
        type="email"
        autocomplete="email"
        value={state.values[waitingListField.email] ?? ''}
      />
      <p class="muted" id="wl-email-hint">
        {texts.emailHint}
      </p>
      <Problem id={waitingListField.email} text={state.problems[waitingListField.email]} />
      <label for={waitingListField.phone}>{texts.phoneLabel}</label>
      <input
        {...described(waitingListField.phone, state)}
        type="tel"
        autocomplete="tel"
        value={state.values[waitingListField.phone] ?? ''}
      />
      <Problem id={waitingListField.phone} text={state.problems[waitingListField.phone]} />
      <button type="submit">{texts.submit}</button>
    </form>
  );
}

/** The waiting list's section of a concert's page. */
export function WaitingListSection(props: { orgSlug: string; code: string; lang: PublicLanguage }) {
  const texts = waitingListTexts[props.lang];
  return (
    <section class="card" aria-labelledby="waiting-list">
      <h2 id="waiting-list">{texts.title}</h2>
      <p>{texts.lead}</p>
      <WaitingListForm action={waitingListPath(props.orgSlug, props.code)} lang={props.lang} />
    </section>
  );
}

/** "Lost your booking link?": one e-mail waitingListField. */
export function LostLinkForm(props: {
  action: string;
  lang: PublicLanguage;
  problem?: string;
  value?: string;
}) {
  const texts = waitingListTexts[props.lang];
  const state: BookingFormState = {
    values: { 'lost-email': props.value },
    problems: props.problem ? { 'lost-email': props.problem } : {},
  };
  return (
    <section aria-labelledby="lost-link">
      <h2 id="lost-link">{texts.lostTitle}</h2>
      <form method="post" action={`${props.action}?lang=${props.lang}`} novalidate>
        <label for="lost-email">{texts.emailLabel}</label>
        <p class="muted" id="lost-email-hint">
          {texts.lostLead}
        </p>
        <input
          {...described('lost-email', state, 'lost-email-hint')}
          type="email"
          autocomplete="email"
          value={props.value ?? ''}
        />
        <Problem id="lost-email" text={props.problem} />
        <button type="submit" class="quiet">
          {texts.lostSubmit}
        </button>
      </form>
    </section>
  );
}

/** The link to the group form on a concert's page. */
export function GroupOrderLink(props: { orgSlug: string; code: string; lang: PublicLanguage }) {
  const texts = groupOrderTexts[props.lang];
  return (
    <section aria-labelledby="groups">
      <h2 id="groups">{texts.linkTitle}</h2>
      <p>{texts.linkText}</p>
      <p>
        <a href={`${groupFormPath(props.orgSlug, props.code)}?lang=${props.lang}`}>
          {texts.linkAction}
        </a>
      </p>
    </section>
  );
}

/** The sections after the booking form of a concert's page. */
export function TicketExtras(props: {
  tickets: PublicTickets;
  orgSlug: string;
  code: string;
  lang: PublicLanguage;
}) {
  const { tickets } = props;
  // The waiting list opens once a family could no longer book: fewer seats than one order holds.
  const nearlyFull =
    tickets.open && tickets.remaining !== null && tickets.remaining < MAX_SEATS_PER_ORDER;
  return (
    <>
      {nearlyFull && <WaitingListSection {...props} />}
      {tickets.open && tickets.remaining !== 0 && <GroupOrderLink {...props} />}
      <LostLinkForm action={lostLinkPath(props.orgSlug, props.code)} lang={props.lang} />
    </>
  );
}
