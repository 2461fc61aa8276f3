// Upcoming sessions as families and groups read them: date, times on the venue's clocks, place,
// kind and status. Shared by the guardian page and the group page.
import type { SharedSession } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { PublicLanguage } from '../../platform/public-pages';
import { guestPageTexts } from './i18n';

function when(session: SharedSession, lang: PublicLanguage) {
  const starts = toLocalDateTime(new Date(session.startsAt), session.timeZone);
  const ends = toLocalDateTime(new Date(session.endsAt), session.timeZone);
  const date = formatDate(starts.slice(0, 10), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  return { date, from: starts.slice(11, 16), to: ends.slice(11, 16) };
}

export function SharedSessions(props: { sessions: SharedSession[]; lang: PublicLanguage }) {
  const texts = guestPageTexts[props.lang];
  if (props.sessions.length === 0) return <p class="muted">{texts.noUpcoming}</p>;
  return (
    <ul class="events">
      {props.sessions.map((session) => {
        const slot = when(session, props.lang);
        const venue = session.venue;
        const kind = VOCABULARY[props.lang].sessionKind[session.kind];
        return (
          <li key={`${session.startsAt}${kind}`}>
            <strong>
              {slot.date}, {texts.timeRange(slot.from, slot.to)}
            </strong>
            {session.status === 'cancelled' && (
              <>
                {' '}
                <span class="badge cancelled">{texts.status.cancelled}</span>
              </>
            )}
            <br />
            {session.title ? `${kind} · ${session.title}` : kind}
            <br />
            <span class="muted">
              {venue
                ? [
                    venue.name,
                    venue.addressLine,
                    [venue.postalCode, venue.communeName].filter(Boolean).join(' '),
                  ]
                    .filter(Boolean)
                    .join(', ')
                : session.online
                  ? texts.online
                  : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
