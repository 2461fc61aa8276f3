// The demo step for tour planning: a project of village workshops three weeks ahead, placed where the
// venues and the booked artists allow, so that "Plan the tour" has something meaningful to improve.
import { addDays, isoWeekday, nextWeekday, utcDate } from '@tutti/kit/dates';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { inTurn } from '../in-turn';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { communes, demoSeason, schoolHolidays } from './demo-places-data';
import { parisInstant } from './demo-programme-time';
import { type TourSessionSeed, tourProjectSeed, tourSessionSeeds } from './demo-tour-data';

export { DEMO_TOUR_PROJECT } from './demo-tour-data';

type Window = { weekday: number; startsAt: string; endsAt: string };
type Range = { startsOn: string; endsOn: string };
type Rules = { windows: Window[]; closed: Range[] };
type Busy = { startsAt: Date; endsAt: Date; venueId: string | null; artistIds: string[] };

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether weekly windows (none: always) hold `[start, end]` on that weekday, outside closed dates. */
function allows(rules: Rules, date: string, start: number, end: number) {
  if (rules.closed.some((r) => r.startsOn <= date && date <= r.endsOn)) return false;
  if (rules.windows.length === 0) return true;
  return rules.windows.some(
    (w) =>
      w.weekday === isoWeekday(date) && minutes(w.startsAt) <= start && end <= minutes(w.endsAt),
  );
}

async function rulesOf(db: Db, orgId: string) {
  const [venues, venueWindows, venueClosures, artists, artistWindows, absences] = await inTurn(
    () =>
      db
        .select({ id: schema.venues.id, name: schema.venues.name })
        .from(schema.venues)
        .where(eq(schema.venues.orgId, orgId)),
    () =>
      db.select().from(schema.venueAvailability).where(eq(schema.venueAvailability.orgId, orgId)),
    () => db.select().from(schema.venueBlackouts).where(eq(schema.venueBlackouts.orgId, orgId)),
    () =>
      db
        .select({ id: schema.artists.id, name: schema.artists.displayName })
        .from(schema.artists)
        .where(eq(schema.artists.orgId, orgId)),
    () =>
      db.select().from(schema.artistAvailability).where(eq(schema.artistAvailability.orgId, orgId)),
    () =>
      db
        .select()
        .from(schema.artistUnavailability)
        .where(eq(schema.artistUnavailability.orgId, orgId)),
  );
  const venueRules = new Map(
    venues.map((v) => [
      v.name,
      {
        id: v.id,
        windows: venueWindows.filter((w) => w.venueId === v.id),
        closed: venueClosures.filter((c) => c.venueId === v.id),
      },
    ]),
  );
  const artistRules = new Map(
    artists.map((a) => [
      a.name,
      {
        id: a.id,
        windows: artistWindows.filter((w) => w.artistId === a.id),
        closed: absences.filter((c) => c.artistId === a.id),
      },
    ]),
  );
  return { venueRules, artistRules };
}

/** Sessions already planned by other steps: the tour never double-books their venues or artists. */
async function busySessions(db: Db, orgId: string): Promise<Busy[]> {
  const rows = await db
    .select({
      id: schema.sessions.id,
      startsAt: schema.sessions.startsAt,
      endsAt: schema.sessions.endsAt,
      venueId: schema.sessions.venueId,
    })
    .from(schema.sessions)
    .where(and(eq(schema.sessions.orgId, orgId), ne(schema.sessions.status, 'cancelled')));
  const links = rows.length
    ? await db
        .select()
        .from(schema.sessionArtists)
        .where(
          inArray(
            schema.sessionArtists.sessionId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    artistIds: links.filter((l) => l.sessionId === r.id).map((l) => l.artistId),
  }));
}

/** The first date from the seed's day on which the venue, the artist and the calendar allow it. */
function placeSeed(
  seed: TourSessionSeed,
  firstMonday: string,
  venue: Rules & { id: string },
  artist: (Rules & { id: string }) | null,
  busy: Busy[],
) {
  const start = minutes(seed.startTime);
  const end = start + seed.durationMin;
  for (let offset = 0; offset < 70; offset++) {
    const date = addDays(firstMonday, seed.day + offset);
    if (isoWeekday(date) > 5 || !allows(venue, date, start, end)) continue;
    if (artist && !allows(artist, date, start, end)) continue;
    const startsAt = parisInstant(date, seed.startTime);
    const endsAt = new Date(startsAt.getTime() + seed.durationMin * 60_000);
    const clash = busy.some(
      (b) =>
        b.startsAt < endsAt &&
        startsAt < b.endsAt &&
        (b.venueId === venue.id || (artist !== null && b.artistIds.includes(artist.id))),
    );
    if (!clash) return { startsAt, endsAt };
  }
  return null;
}

/**
 * The first Monday at least three weeks ahead whose tour, with a week of slack either side, stays
 * clear of the Nièvre's school holidays (zone A); the summer, from July, counts as one.
 */
export function tourStart(now: Date): string {
  const today = utcDate(now);
  const holidays = [-150, 0, 300]
    .map((days) => demoSeason(new Date(now.getTime() + days * 86_400_000)))
    .flatMap((season) => {
      const summer = season.on('07-04');
      return [
        ...schoolHolidays(season, 'zoneA'),
        { startsOn: summer, endsOn: `${summer.slice(0, 4)}-08-31`, reason: 'Vacances d’été' },
      ];
    });
  let monday = nextWeekday(addDays(today, 21), 1);
  for (let week = 0; week < 52; week++) {
    const from = addDays(monday, -7);
    const to = addDays(monday, 25);
    if (!holidays.some((h) => h.startsOn <= to && from <= h.endsOn)) return monday;
    monday = addDays(monday, 7);
  }
  return monday;
}

export const demoTourStep: DemoStep = {
  name: 'a village tour to plan',
  async run({ db, orgId, now }) {
    const firstMonday = tourStart(now);
    const [project] = await db
      .insert(schema.projects)
      .values({
        orgId,
        name: tourProjectSeed.name,
        description: tourProjectSeed.description,
        status: 'active',
        startsOn: firstMonday,
        endsOn: addDays(firstMonday, 60),
        targetPublics: [...tourProjectSeed.targetPublics],
      })
      .returning({ id: schema.projects.id });
    const projectId = project!.id;
    await db.insert(schema.projectCommunes).values(
      [
        communes.clamecy,
        communes.lormes,
        communes.luzy,
        communes.decize,
        communes.nevers,
        communes.chateauChinon,
        communes.moulinsEngilbert,
      ].map((c) => ({
        orgId,
        projectId,
        communeCode: c.communeCode,
        communeName: c.communeName,
      })),
    );
    const { venueRules, artistRules } = await rulesOf(db, orgId);
    const busy = await busySessions(db, orgId);
    for (const seed of tourSessionSeeds) {
      const venue = venueRules.get(seed.venue);
      const artist = seed.artist ? (artistRules.get(seed.artist) ?? null) : null;
      if (!venue) continue;
      const slot = placeSeed(seed, firstMonday, venue, artist, busy);
      if (!slot) continue;
      const place = seed.venue.split(' – ')[0]!.replace(/^Salle (des fêtes|polyvalente) de /, '');
      const [session] = await db
        .insert(schema.sessions)
        .values({
          orgId,
          projectId,
          kind: seed.kind,
          title: `${seed.kind === 'workshop_singing' ? 'Atelier chant' : 'Atelier d’écriture de chansons'} — ${place}`,
          venueId: venue.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          timeZone: 'Europe/Paris',
          status: seed.confirmed ? 'confirmed' : 'planned',
        })
        .returning({ id: schema.sessions.id });
      if (artist) {
        await db
          .insert(schema.sessionArtists)
          .values({ orgId, sessionId: session!.id, artistId: artist.id });
      }
      busy.push({ ...slot, venueId: venue.id, artistIds: artist ? [artist.id] : [] });
    }
  },
};
