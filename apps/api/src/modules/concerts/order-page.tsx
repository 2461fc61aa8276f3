// The page of one order, reached by its secret: the concert, the seats and tariffs, the QR code
// to show at the door, a calendar file, and a form to cancel.
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { PublicLanguage } from '../../platform/public-pages';
import type { ConcertSession } from '../sessions';
import type { readOrder } from './booking.service';
import type { OrderPaymentView } from './helloasso-checkout';
import { concertTexts } from './i18n';
import { paymentTexts } from './i18n/payments-texts';
import { OrderPaymentSection, type PaymentNotice } from './payments-page';

export type OrderView = NonNullable<Awaited<ReturnType<typeof readOrder>>>;

export const orderPath = (orgSlug: string, secret: string) => `/p/${orgSlug}/reservation/${secret}`;

export function concertName(concert: ConcertSession, lang: PublicLanguage) {
  return concert.title ?? concertTexts[lang].concert;
}

/** "samedi 14 mars 2026, 20:30" on the venue's clocks. */
export function concertWhen(concert: ConcertSession, lang: PublicLanguage) {
  const local = toLocalDateTime(concert.startsAt, concert.timeZone);
  const date = formatDate(local.slice(0, 10), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `${date}, ${local.slice(11, 16)}`;
}

export function OrderBody({
  view,
  base,
  lang,
  payment = null,
}: {
  view: OrderView;
  base: string;
  lang: PublicLanguage;
  /** What is paid and left to pay; without it the total reads as paid at the door. */
  payment?: { view: OrderPaymentView; notice: PaymentNotice } | null;
}) {
  const texts = concertTexts[lang];
  const { order, concert, lines } = view;
  const total = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const cancelled = order.status === 'cancelled';
  return (
    <>
      <h1>{cancelled ? texts.cancelledTitle : texts.orderTitle}</h1>
      <p class="lead">
        {concertName(concert, lang)} — {concertWhen(concert, lang)}
        {concert.venueName && (
          <>
            <br />
            {[concert.venueName, concert.venueAddress].filter(Boolean).join(', ')}
          </>
        )}
      </p>
      {cancelled ? <p>{texts.cancelledText}</p> : <p>{texts.orderLead}</p>}
      <dl>
        {order.name && (
          <>
            <dt>{texts.orderFor}</dt>
            <dd>{order.name}</dd>
          </>
        )}
        <dt>{texts.seats(order.seats)}</dt>
        {order.channel === 'relay' ? (
          // Seats a relay named the guest for: offered, no tariff, nothing to pay.
          <dd>
            {texts.offeredSeats(order.seats)}
            {payment ? '' : `. ${texts.offeredTotal}`}
          </dd>
        ) : (
          <>
            <dd>
              <ul>
                {lines.map((line) => (
                  <li key={line.tariffId}>
                    {line.quantity} × {texts.tariffKind[line.kind]}
                    {line.unitPriceCents > 0 ? ` (${texts.euro(line.unitPriceCents)})` : ''}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{payment ? paymentTexts[lang].total : texts.total}</dt>
            <dd>{texts.euro(total)}</dd>
          </>
        )}
        <dt>{texts.code}</dt>
        <dd>
          <code>{order.secret}</code>
        </dd>
      </dl>
      {!cancelled && payment ? (
        <OrderPaymentSection view={payment.view} base={base} lang={lang} notice={payment.notice} />
      ) : null}
      {!cancelled && (
        <>
          <p>
            <img src={`${base}/qr.svg`} alt={texts.qrAlt} width={200} height={200} />
          </p>
          <p>
            <a href={`${base}/concert.ics`} download="concert.ics">
              {texts.calendar}
            </a>
          </p>
          <section class="card" aria-labelledby="cancel">
            <h2 id="cancel">{texts.cancelTitle}</h2>
            <p>{texts.cancelText}</p>
            <form method="post" action={`${base}/annuler?lang=${lang}`}>
              <button type="submit" class="quiet">
                {texts.cancel}
              </button>
            </form>
          </section>
        </>
      )}
    </>
  );
}

/** The concert as one calendar event, on the venue's clocks. */
export function orderCalendar(view: OrderView, organisation: string, lang: PublicLanguage) {
  const { concert, order } = view;
  const calendar = ical({ prodId: { company: 'Tutti', product: 'Tutti' }, name: organisation });
  calendar.createEvent({
    id: `${order.id}@tutti`,
    start: DateTime.fromJSDate(concert.startsAt, { zone: concert.timeZone }),
    end: DateTime.fromJSDate(concert.endsAt, { zone: concert.timeZone }),
    summary: concertName(concert, lang),
    location: [concert.venueName, concert.venueAddress].filter(Boolean).join(', ') || null,
    description: `${organisation} — ${concertTexts[lang].seats(order.seats)}`,
  });
  return calendar.toString();
}
