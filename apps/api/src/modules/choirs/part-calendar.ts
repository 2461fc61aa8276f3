// A voice part's rehearsals as an iCalendar document, for the calendar feeds module: the whole
// choir's rehearsals and those of the sites where the part sings, in the rehearsal's own time
// zone, cancelled ones as STATUS:CANCELLED. The feed's secret address and its revocation belong
// to calendar feeds; this file says what a part's feed holds and who may ask for one.
import type { Locale } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import * as choirs from './choirs.repository';
import * as rehearsals from './rehearsals.repository';

const words: Record<
  Locale,
  {
    kind: Record<'rehearsal' | 'makeup' | 'concert', string>;
    cancelled: string;
    tutti: string;
  }
> = {
  fr: {
    kind: { rehearsal: 'Répétition', makeup: 'Répétition de rattrapage', concert: 'Concert' },
    cancelled: 'Annulé',
    tutti: 'tout le chœur',
  },
  en: {
    kind: { rehearsal: 'Rehearsal', makeup: 'Make-up rehearsal', concert: 'Concert' },
    cancelled: 'Cancelled',
    tutti: 'whole choir',
  },
  de: {
    kind: { rehearsal: 'Probe', makeup: 'Nachholprobe', concert: 'Konzert' },
    cancelled: 'Abgesagt',
    tutti: 'ganzer Chor',
  },
};

function vtimezone(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/** "Chœur pour la Paix — Alto 1", or null when the part is not of this organisation. */
export async function choirPartTarget(tx: Executor, partId: string) {
  const part = await choirs.findPartWithChoir(tx, partId);
  return part ? { name: `${part.choirName} — ${part.name}` } : null;
}

/** The parts whose feeds an account may hold: the one it sings in and those it leads. */
export const choirPartsOfUser = (tx: Executor, userId: string) => choirs.partsOfUser(tx, userId);

export async function choirPartIcal(
  tx: Executor,
  options: {
    partId: string;
    locale: Locale;
    window: { from: Date; to: Date };
    maxEvents: number;
  },
) {
  const { locale } = options;
  const w = words[locale];
  const target = await choirPartTarget(tx, options.partId);
  const rows = await rehearsals.rehearsalsOfPart(
    tx,
    options.partId,
    options.window,
    options.maxEvents,
  );
  const calendar = ical({
    name: `Tutti — ${target?.name ?? ''}`,
    prodId: { company: 'Tutti', product: 'Tutti', language: locale.toUpperCase() },
    timezone: { name: null, generator: vtimezone },
    ttl: 3600,
    x: { 'X-WR-TIMEZONE': rows[0]?.timeZone ?? 'Europe/Paris' },
  });
  for (const r of rows) {
    const title = `${w.kind[r.kind]} — ${r.siteName ?? w.tutti}`;
    const town = [r.venue?.postalCode, r.venue?.communeName].filter(Boolean).join(' ');
    const location = r.venue?.name
      ? [r.venue.name, r.venue.addressLine, town].filter(Boolean).join(', ')
      : null;
    calendar.createEvent({
      id: `${r.id}@tutti`,
      start: DateTime.fromJSDate(r.startsAt, { zone: r.timeZone }),
      end: DateTime.fromJSDate(r.endsAt, { zone: r.timeZone }),
      timezone: r.timeZone,
      summary: r.status === 'cancelled' ? `${w.cancelled}: ${title}` : title,
      location,
      description: r.note,
      status: r.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const document = calendar.toString();
  return document.endsWith('\r\n') ? document : `${document}\r\n`;
}
