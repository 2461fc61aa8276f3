// The journey's iCalendar feed under the group's link: one event per step in the session's own
// time zone, cancelled steps as STATUS:CANCELLED, and for an online session its room as RFC 7986
// CONFERENCE (with URL and the description, for calendars that read neither).
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { PublicLanguage } from '../../platform/public-pages';
import { spaceTexts } from './i18n';
import { meetingTexts } from './i18n/meetings';
import type { SpaceView } from './space-reads';

function vtimezone(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/** RFC 5545 escaping of a parameter value: quoted, without quotes or controls inside. */
function parameter(value: string) {
  return `"${value.replace(/["\p{Cc}]/gu, '')}"`;
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string) {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** CONFERENCE (RFC 7986 5.11): a link to join by audio and video. */
export function conferenceLine(url: string, label: string) {
  return foldLine(`CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=${parameter(label)}:${url}`);
}

export function journeyCalendar(options: {
  view: SpaceView;
  lang: PublicLanguage;
  /** The space's address, for the description. */
  spaceUrl: string;
}): string {
  const { view, lang } = options;
  const texts = spaceTexts[lang];
  const meeting = meetingTexts[lang];
  const calendar = ical({
    name: `${view.frame.name} — ${view.frame.groupName}`,
    prodId: { company: 'Tutti', product: 'Tutti', language: lang.toUpperCase() },
    timezone: { name: null, generator: vtimezone },
    ttl: 3600,
    x: { 'X-WR-TIMEZONE': view.frame.timeZone },
  });
  const rooms = new Map<string, string>();
  for (const step of view.steps) {
    const title = texts.step(step.position, step.title ?? VOCABULARY[lang].sessionKind[step.kind]);
    const room = step.onlineUrl;
    const venue = step.venue?.name
      ? [
          step.venue.name,
          step.venue.addressLine,
          [step.venue.postalCode, step.venue.communeName].filter(Boolean).join(' '),
        ]
          .filter(Boolean)
          .join(', ')
      : null;
    const marker = `X-TUTTI-ROOM-${rooms.size}`;
    if (room) rooms.set(marker, room);
    calendar.createEvent({
      id: `${step.id}@tutti-space`,
      start: DateTime.fromJSDate(step.startsAt, { zone: step.timeZone }),
      end: DateTime.fromJSDate(step.endsAt, { zone: step.timeZone }),
      timezone: step.timeZone,
      summary:
        step.status === 'cancelled'
          ? `${texts.cancelled} · ${title}`
          : `${title} — ${view.frame.name}`,
      location: venue ?? (room ? `${texts.online}: ${room}` : null),
      description: [
        room ? `${meeting.roomLabel}: ${room}` : null,
        room ? `${meeting.musicModeTitle}: ${options.spaceUrl}#mode-musique` : null,
        options.spaceUrl,
      ]
        .filter(Boolean)
        .join('\n'),
      status:
        step.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : step.status === 'planned'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      url: room,
      ...(room ? { x: [[marker, 'x']] as [string, string][] } : {}),
    });
  }
  let document = calendar.toString();
  for (const [marker, room] of rooms) {
    document = document.replace(
      `${marker}:x\r\n`,
      `${conferenceLine(room, meeting.roomLabel)}\r\n`,
    );
  }
  return document.endsWith('\r\n') ? document : `${document}\r\n`;
}
