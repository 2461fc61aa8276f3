// A published concert's tickets as the public reads them: tariffs in plain words, seats left,
// and the booking form (a classic POST, no script), re-rendered with its problems when refused.
import { MAX_SEATS_PER_ORDER, type Tariff } from '@tutti/contracts';
import type { PublicLanguage } from '../../platform/public-pages';
import type { PublicTickets } from './booking.service';
import { type BookingFormState, described, Problem } from './form-fields';
import { concertTexts } from './i18n';
import { TicketExtras } from './ticket-extras';

export type { BookingFormState };

export const bookingPath = (orgSlug: string, code: string) => `/p/${orgSlug}/e/${code}/reserver`;
export const quantityField = (tariffId: string) => `q-${tariffId}`;
export const amountField = (tariffId: string) => `a-${tariffId}`;

/** "Tarif solidaire : 2 €", "Prix libre : de 1 € à 10 €, selon vos moyens". */
export function tariffPrice(tariff: Tariff, lang: PublicLanguage): string {
  const texts = concertTexts[lang];
  if (tariff.kind === 'payWhatYouCan') {
    return texts.range(tariff.floorCents ?? 0, tariff.ceilingCents ?? 0);
  }
  return tariff.priceCents ? texts.euro(tariff.priceCents) : texts.free;
}

export function TicketList({ tickets, lang }: { tickets: PublicTickets; lang: PublicLanguage }) {
  const texts = concertTexts[lang];
  return (
    <>
      <ul>
        {tickets.tariffs.map((tariff) => (
          <li key={tariff.id}>
            <strong>{texts.tariffKind[tariff.kind]}</strong>
            {tariff.kind !== 'free' && <> : {tariffPrice(tariff, lang)}</>}
            {tariff.kind === 'supporter' && <> ({texts.supporterNote})</>}
            {tariff.conditions && <> — {tariff.conditions}</>}
            {tariff.seatLimit !== null && tariff.remaining !== null && (
              <span class="muted"> · {texts.tariffSeatsLeft(tariff.remaining)}</span>
            )}
          </li>
        ))}
      </ul>
      {tickets.remaining !== null && (
        <p>
          <strong>{texts.seatsLeft(tickets.remaining)}</strong>
        </p>
      )}
      {tickets.supporterFunded > 0 && <p>{texts.supporterFunded(tickets.supporterFunded)}</p>}
      <p class="muted">{texts.payAtDoor}</p>
    </>
  );
}

export function BookingForm(props: {
  tickets: PublicTickets;
  action: string;
  lang: PublicLanguage;
  state?: BookingFormState;
  /** Seats in one order at most (a waiting list offer: the seats offered). */
  maxSeats?: number;
  /** False when the contact is already known (an offer taken from a waiting list entry). */
  contact?: boolean;
  submit?: string;
}) {
  const { tickets, lang } = props;
  const texts = concertTexts[lang];
  const state = props.state ?? { values: {}, problems: {} };
  const most = props.maxSeats ?? MAX_SEATS_PER_ORDER;
  const open = tickets.tariffs.filter((tariff) => tariff.remaining !== 0);
  const problems = Object.entries(state.problems);
  return (
    <form method="post" action={`${props.action}?lang=${lang}`} novalidate>
      {problems.length > 0 && (
        <div class="note" role="alert">
          <h3>{texts.errorsTitle}</h3>
          <ul>
            {problems.map(([field, text]) => (
              <li key={field}>
                <a href={`#${field}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset aria-describedby={state.problems.seats ? 'seats-problem' : undefined}>
        <legend id="seats">{texts.seatsLegend}</legend>
        <Problem id="seats" text={state.problems.seats} />
        {open.map((tariff) => {
          const quantity = quantityField(tariff.id);
          const amount = amountField(tariff.id);
          const max = Math.min(most, tariff.remaining ?? most);
          return (
            <div key={tariff.id}>
              <label for={quantity}>
                {texts.tariffKind[tariff.kind]}
                {tariff.kind !== 'free' && ` (${tariffPrice(tariff, lang)})`}
              </label>
              <input
                {...described(quantity, state)}
                class="qty"
                type="number"
                inputmode="numeric"
                min="0"
                max={String(max)}
                value={state.values[quantity] ?? '0'}
              />
              <Problem id={quantity} text={state.problems[quantity]} />
              {tariff.kind === 'payWhatYouCan' && (
                <>
                  <label for={amount}>{texts.amountLabel(texts.tariffKind[tariff.kind])}</label>
                  <input
                    {...described(amount, state)}
                    class="qty"
                    inputmode="decimal"
                    value={state.values[amount] ?? ''}
                  />
                  <Problem id={amount} text={state.problems[amount]} />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
      {props.contact !== false && <ContactFields state={state} lang={lang} />}
      <label for="access">{texts.accessLabel}</label>
      <textarea {...described('access', state, 'access-hint')} rows={3} maxLength={500}>
        {state.values.access ?? ''}
      </textarea>
      <p class="muted" id="access-hint">
        {texts.accessHint}
      </p>
      <Problem id="access" text={state.problems.access} />
      <button type="submit">{props.submit ?? texts.submit}</button>
    </form>
  );
}

function ContactFields({ state, lang }: { state: BookingFormState; lang: PublicLanguage }) {
  const texts = concertTexts[lang];
  return (
    <>
      <label for="name">{texts.nameLabel}</label>
      <input {...described('name', state)} autocomplete="name" value={state.values.name ?? ''} />
      <Problem id="name" text={state.problems.name} />
      <label for="email">{texts.emailLabel}</label>
      <input
        {...described('email', state)}
        type="email"
        autocomplete="email"
        value={state.values.email ?? ''}
      />
      <Problem id="email" text={state.problems.email} />
      <label for="phone">{texts.phoneLabel}</label>
      <input
        {...described('phone', state, 'phone-hint')}
        type="tel"
        autocomplete="tel"
        value={state.values.phone ?? ''}
      />
      <p class="muted" id="phone-hint">
        {texts.phoneHint}
      </p>
      <Problem id="phone" text={state.problems.phone} />
    </>
  );
}

/** The tickets section of a concert's public page. */
export function ConcertTickets(props: {
  tickets: PublicTickets;
  orgSlug: string;
  code: string;
  lang: PublicLanguage;
}) {
  const texts = concertTexts[props.lang];
  const soldOut = props.tickets.remaining === 0;
  return (
    <>
      <h2>{texts.ticketsTitle}</h2>
      <TicketList tickets={props.tickets} lang={props.lang} />
      {props.tickets.open && !soldOut ? (
        <section class="card" aria-labelledby="book">
          <h2 id="book">{texts.bookTitle}</h2>
          <p>{texts.bookLead}</p>
          <BookingForm
            tickets={props.tickets}
            action={bookingPath(props.orgSlug, props.code)}
            lang={props.lang}
          />
        </section>
      ) : (
        !soldOut && <p>{texts.closed}</p>
      )}
      <TicketExtras
        tickets={props.tickets}
        orgSlug={props.orgSlug}
        code={props.code}
        lang={props.lang}
      />
    </>
  );
}

/** schema.org offers of a concert, one per tariff, and whether anyone may come for free. */
export function ticketOffers(tickets: PublicTickets, lang: PublicLanguage, url: string) {
  const texts = concertTexts[lang];
  const decimal = (cents: number) => (cents / 100).toFixed(2);
  const offers = tickets.tariffs.map((tariff) => ({
    '@type': 'Offer',
    name: texts.tariffKind[tariff.kind],
    ...(tariff.conditions ? { description: tariff.conditions } : {}),
    url,
    priceCurrency: 'EUR',
    price: decimal(
      tariff.kind === 'payWhatYouCan' ? (tariff.floorCents ?? 0) : (tariff.priceCents ?? 0),
    ),
    ...(tariff.kind === 'payWhatYouCan'
      ? {
          priceSpecification: {
            '@type': 'PriceSpecification',
            priceCurrency: 'EUR',
            minPrice: decimal(tariff.floorCents ?? 0),
            maxPrice: decimal(tariff.ceilingCents ?? 0),
          },
        }
      : {}),
    availability:
      tariff.remaining === 0 || !tickets.open
        ? 'https://schema.org/SoldOut'
        : 'https://schema.org/InStock',
  }));
  const isAccessibleForFree = tickets.tariffs.some(
    (tariff) =>
      tariff.kind === 'free' || (tariff.kind === 'payWhatYouCan' && tariff.floorCents === 0),
  );
  return { offers, isAccessibleForFree };
}
