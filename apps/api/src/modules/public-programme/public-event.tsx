// How a published session reads in public: its name, local date and times on the venue's
// clocks, its place, and its schema.org description.
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { JsonLd, PublicLanguage, PublicPageContext } from '../../platform/public-pages';
import { type PublicTickets, ticketOffers } from '../concerts';
import type { PublicSession } from '../sessions';
import { programmeTexts } from './i18n';

export const eventPath = (code: string) => `/e/${code}`;

export function eventName(session: PublicSession, lang: PublicLanguage): string {
  return session.title ?? VOCABULARY[lang].sessionKind[session.kind];
}

/** Date and times on the clocks of the session's venue. */
export function eventWhen(session: PublicSession, lang: PublicLanguage) {
  const starts = toLocalDateTime(session.startsAt, session.timeZone);
  const ends = toLocalDateTime(session.endsAt, session.timeZone);
  const date = formatDate(starts.slice(0, 10), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return { date, from: starts.slice(11, 16), to: ends.slice(11, 16) };
}

/** The venue and its commune, in one line ("Salle des fêtes, Lormes"). */
export function eventPlace(session: PublicSession): string {
  const venue = session.venue;
  if (!venue) return '';
  return [venue.name, venue.communeName].filter(Boolean).join(', ');
}

/**
 * The schema.org status of a session: cancelled, rescheduled (moved after it was published, with
 * the start first announced), else scheduled. Tutti has no "postponed" (date unknown) state.
 */
export function eventStatusOf(session: Pick<PublicSession, 'status'>, previousStart: Date | null) {
  if (session.status === 'cancelled') return { eventStatus: 'https://schema.org/EventCancelled' };
  if (previousStart)
    return {
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: previousStart.toISOString(),
    };
  return { eventStatus: 'https://schema.org/EventScheduled' };
}

/** MusicEvent for a concert, EducationEvent for a workshop. */
export function eventJsonLd(
  session: PublicSession,
  context: PublicPageContext,
  tickets: PublicTickets | null = null,
  previousStart: Date | null = null,
  performers: readonly string[] = [],
  works: readonly { title: string }[] = [],
): JsonLd {
  const venue = session.venue;
  const url = context.orgUrl(eventPath(session.code));
  return {
    '@type': session.kind === 'concert' ? 'MusicEvent' : 'EducationEvent',
    name: eventName(session, context.lang),
    url,
    startDate: session.startsAt.toISOString(),
    endDate: session.endsAt.toISOString(),
    ...eventStatusOf(session, previousStart),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: context.lang,
    ...(venue
      ? {
          location: {
            '@type': 'Place',
            name: venue.name,
            address: {
              '@type': 'PostalAddress',
              streetAddress: venue.addressLine ?? undefined,
              postalCode: venue.postalCode ?? undefined,
              addressLocality: venue.communeName ?? undefined,
            },
            ...(venue.latitude !== null && venue.longitude !== null
              ? {
                  geo: {
                    '@type': 'GeoCoordinates',
                    latitude: venue.latitude,
                    longitude: venue.longitude,
                  },
                }
              : {}),
          },
        }
      : {}),
    organizer: { '@type': 'Organization', name: context.org.name, url: context.orgUrl() },
    ...(performers.length > 0
      ? { performer: performers.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    ...(works.length > 0
      ? { workPerformed: works.map((work) => ({ '@type': 'CreativeWork', name: work.title })) }
      : {}),
    ...(tickets ? ticketOffers(tickets, context.lang, url) : {}),
  };
}

/** One line of a list of events: linked name, when, where. */
export function EventSummary({
  session,
  context,
}: {
  session: PublicSession;
  context: PublicPageContext;
}) {
  const texts = programmeTexts[context.lang];
  const when = eventWhen(session, context.lang);
  return (
    <li>
      <a href={`${context.orgUrl(eventPath(session.code))}?lang=${context.lang}`}>
        {eventName(session, context.lang)}
      </a>
      {session.status === 'cancelled' && (
        <>
          {' '}
          <span class="badge cancelled">{texts.cancelled}</span>
        </>
      )}
      <br />
      <span class="muted">
        {when.date} · {when.from} · {eventPlace(session)}
      </span>
    </li>
  );
}
