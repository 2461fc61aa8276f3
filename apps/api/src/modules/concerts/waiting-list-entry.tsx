import type { PublicLanguage } from '../../platform/public-pages';
import { concertTexts, waitingListTexts } from './i18n';
import { momentText } from './moments';
import { concertName, concertWhen, orderPath } from './order-page';
import { BookingForm, type BookingFormState } from './tickets';
import { entryPath } from './waiting-list.mails';
import type { readEntry } from './waiting-list.service';

export type EntryView = NonNullable<Awaited<ReturnType<typeof readEntry>>>;

export function EntryBody(props: {
  view: EntryView;
  orgSlug: string;
  lang: PublicLanguage;
  offerHours: number;
  state?: BookingFormState;
}) {
  const { view, orgSlug, lang } = props;
  const texts = waitingListTexts[lang];
  const { entry, concert, status } = view;
  const base = entryPath(orgSlug, entry.secret);
  const title = {
    waiting: texts.entryTitle,
    offered: texts.offeredTitle,
    booked: texts.bookedTitle,
    left: texts.leftTitle,
    lapsed: texts.lapsedTitle,
  }[status];
  const leave = (
    <section class="card" aria-labelledby="leave">
      <h2 id="leave">{texts.leaveTitle}</h2>
      <p>{texts.leaveText}</p>
      <form method="post" action={`${base}/quitter?lang=${lang}`}>
        <button type="submit" class="quiet">
          {texts.leave}
        </button>
      </form>
    </section>
  );
  return (
    <>
      <h1>{title}</h1>
      <p class="lead">
        {concertName(concert, lang)} — {concertWhen(concert, lang)}
        {concert.venueName && (
          <>
            <br />
            {[concert.venueName, concert.venueAddress].filter(Boolean).join(', ')}
          </>
        )}
      </p>
      {status === 'waiting' && (
        <>
          <p>
            <strong>{texts.waiting(view.place ?? 1, entry.partySize)}</strong>
          </p>
          <p>{texts.waitingNext(props.offerHours)}</p>
          {leave}
        </>
      )}
      {status === 'offered' && view.tickets && (
        <>
          <p>
            <strong>
              {texts.offered(
                entry.partySize,
                momentText(entry.offerExpiresAt ?? new Date(), concert.timeZone, lang),
              )}
            </strong>
          </p>
          <BookingForm
            tickets={{ ...view.tickets, open: true }}
            action={`${base}/confirmer`}
            lang={lang}
            state={props.state}
            maxSeats={entry.partySize}
            contact={false}
            submit={texts.confirm}
          />
          <p class="muted">{concertTexts[lang].payAtDoor}</p>
          {leave}
        </>
      )}
      {status === 'booked' && (
        <>
          <p>{texts.booked}</p>
          {view.orderSecret && (
            <p>
              <a href={`${orderPath(orgSlug, view.orderSecret)}?lang=${lang}`}>{texts.orderLink}</a>
            </p>
          )}
        </>
      )}
      {status === 'left' && <p>{texts.left}</p>}
      {status === 'lapsed' && <p>{texts.lapsed}</p>}
    </>
  );
}
