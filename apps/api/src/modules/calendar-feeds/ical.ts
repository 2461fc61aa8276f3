// Writes sessions as an iCalendar document that phone calendars subscribe to.
import type { Locale, Session } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { icalLabels } from './ical-labels';

/** VTIMEZONE blocks, so that events keep their local time on every calendar. */
function vtimezone(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

function statusOf(session: Session) {
  if (session.status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (session.status === 'planned') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

function locationOf(session: Session, locale: Locale) {
  const venue = session.venue;
  if (!venue)
    return session.onlineUrl ? `${icalLabels[locale].online}: ${session.onlineUrl}` : null;
  const town = [venue.postalCode, venue.communeName].filter(Boolean).join(' ');
  return [venue.name, venue.addressLine, town].filter(Boolean).join(', ');
}

function descriptionOf(session: Session, locale: Locale) {
  const words = icalLabels[locale];
  return [
    `${words.project}: ${session.project.name}`,
    session.journey
      ? `${words.journey}: ${session.journey.name} (${words.step} ${session.journey.position})`
      : null,
    session.groups.length > 0
      ? `${words.groups}: ${session.groups.map((g) => g.name).join(', ')}`
      : null,
    session.artists.length > 0
      ? `${words.artists}: ${session.artists.map((a) => a.displayName).join(', ')}`
      : null,
    session.onlineUrl ? `${words.online}: ${session.onlineUrl}` : null,
    session.cancelReason ? `${words.reason}: ${session.cancelReason}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * One event per session, in the session's own time zone (TZID with its VTIMEZONE), with the
 * venue's address, STATUS:CANCELLED for cancelled sessions, and SEQUENCE raised by every change
 * (`revisions`: writes after creation), so that calendars replace the event they hold.
 */
export function buildIcal(options: {
  name: string;
  sessions: Session[];
  revisions: ReadonlyMap<string, number>;
  locale: Locale;
  timeZone: string;
}): string {
  const { locale } = options;
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Tutti', product: 'Tutti', language: locale.toUpperCase() },
    // No calendar-wide zone: stamps stay in UTC, and each event's zone gets its VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
    ttl: 3600,
    x: { 'X-WR-TIMEZONE': options.timeZone },
  });
  for (const session of options.sessions) {
    const title = session.title ?? VOCABULARY[locale].sessionKind[session.kind];
    calendar.createEvent({
      id: `${session.id}@tutti`,
      // Native dates would be written in the server's own zone: luxon gives the venue's clocks.
      start: DateTime.fromISO(session.startsAt, { zone: session.timeZone }),
      end: DateTime.fromISO(session.endsAt, { zone: session.timeZone }),
      timezone: session.timeZone,
      summary: session.status === 'cancelled' ? `${icalLabels[locale].cancelled}: ${title}` : title,
      location: locationOf(session, locale),
      description: descriptionOf(session, locale),
      status: statusOf(session),
      sequence: options.revisions.get(session.id) ?? 0,
      url: session.onlineUrl,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included.
  const document = calendar.toString();
  return document.endsWith('\r\n') ? document : `${document}\r\n`;
}
