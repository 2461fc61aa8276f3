// The demo step for projects, journeys and sessions: a season around today, past sessions done.
import { addDays, nextWeekday, today } from '@tutti/kit/dates';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { projectSeeds, templateSeeds } from './demo-programme-data';
import { parisInstant, seasonDate } from './demo-programme-time';
import {
  type ConcertSeed,
  concertSeeds,
  groupSeeds,
  type JourneySeed,
  journeySeeds,
} from './demo-season-data';

export { DEMO_PROJECTS, DEMO_TEMPLATES } from './demo-programme-data';

type Range = { startsOn: string; endsOn: string };
type Ids = Map<string, string>;

/** Records of the organisation by name: other demo steps made them, this one looks them up. */
async function idsByName(db: Db, table: 'partners' | 'venues' | 'groups', orgId: string) {
  const source = { partners: schema.partners, venues: schema.venues, groups: schema.groups }[table];
  const rows = await db
    .select({ id: source.id, name: source.name })
    .from(source as typeof schema.partners)
    .where(eq(source.orgId, orgId));
  return new Map(rows.map((r) => [r.name, r.id]));
}

async function artistIds(db: Db, orgId: string): Promise<Ids> {
  const rows = await db
    .select({ id: schema.artists.id, name: schema.artists.displayName })
    .from(schema.artists)
    .where(eq(schema.artists.orgId, orgId));
  return new Map(rows.map((r) => [r.name, r.id]));
}

async function seedProjects(db: Db, orgId: string, startYear: number) {
  const partners = await idsByName(db, 'partners', orgId);
  const ids: Ids = new Map();
  for (const seed of projectSeeds) {
    const [project] = await db
      .insert(schema.projects)
      .values({
        orgId,
        name: seed.name,
        description: seed.description,
        status: seed.status,
        startsOn: seasonDate(startYear, '09-01'),
        endsOn: seasonDate(startYear, '07-10'),
        targetPublics: [...seed.targetPublics],
      })
      .returning({ id: schema.projects.id });
    const projectId = project!.id;
    ids.set(seed.name, projectId);
    const base = { orgId, projectId };
    await db.insert(schema.projectCommunes).values(
      seed.communes.map((c) => ({
        ...base,
        communeCode: c.communeCode,
        communeName: c.communeName,
      })),
    );
    const known = seed.partners.filter((p) => partners.has(p.name));
    if (known.length > 0) {
      await db
        .insert(schema.projectPartners)
        .values(known.map((p) => ({ ...base, partnerId: partners.get(p.name)!, role: p.role })));
    }
    if (seed.funders.length > 0) {
      await db.insert(schema.projectFunders).values(seed.funders.map((f) => ({ ...base, ...f })));
    }
    await db.insert(schema.projectBudgetLines).values(
      seed.budgetLines.map(({ amount, kind, ...line }) => ({
        ...base,
        ...line,
        kind: kind as 'expense' | 'income',
        amountCents: amount * 100,
      })),
    );
  }
  return ids;
}

async function seedTemplates(db: Db, orgId: string) {
  const ids = new Map<string, (typeof templateSeeds)[number]['steps']>();
  const templateIds: Ids = new Map();
  for (const seed of templateSeeds) {
    const [template] = await db
      .insert(schema.journeyTemplates)
      .values({ orgId, name: seed.name, description: seed.description })
      .returning({ id: schema.journeyTemplates.id });
    await db.insert(schema.journeyTemplateSteps).values(
      seed.steps.map((step, i) => ({
        orgId,
        templateId: template!.id,
        position: i + 1,
        ...step,
      })),
    );
    ids.set(seed.name, seed.steps);
    templateIds.set(seed.name, template!.id);
  }
  return { steps: ids, ids: templateIds };
}

/** Groups of the groups demo step when it ran; otherwise the few this season needs. */
async function ensureGroups(db: Db, orgId: string, relayUserId: string) {
  const existing = await idsByName(db, 'groups', orgId);
  const partners = await idsByName(db, 'partners', orgId);
  for (const seed of groupSeeds) {
    if (existing.has(seed.name)) continue;
    const [group] = await db
      .insert(schema.groups)
      .values({
        orgId,
        name: seed.name,
        kind: seed.kind,
        partnerId: 'partner' in seed && seed.partner ? (partners.get(seed.partner) ?? null) : null,
        relayUserId: 'relay' in seed && seed.relay ? relayUserId : null,
        listedIndividually: seed.kind !== 'nursing_home_group',
        expectedSize: seed.expectedSize,
        ageBand: seed.ageBand,
        communeCode: seed.commune.communeCode,
        communeName: seed.commune.communeName,
      })
      .returning({ id: schema.groups.id });
    existing.set(seed.name, group!.id);
  }
  return existing;
}

/** Closed or absent dates of a venue and artists, to plan around like a coordinator would. */
async function unavailableRanges(db: Db, venueId: string, artists: string[]): Promise<Range[]> {
  const blackouts = await db
    .select({ startsOn: schema.venueBlackouts.startsOn, endsOn: schema.venueBlackouts.endsOn })
    .from(schema.venueBlackouts)
    .where(eq(schema.venueBlackouts.venueId, venueId));
  const absences =
    artists.length === 0
      ? []
      : await db
          .select({
            startsOn: schema.artistUnavailability.startsOn,
            endsOn: schema.artistUnavailability.endsOn,
          })
          .from(schema.artistUnavailability)
          .where(inArray(schema.artistUnavailability.artistId, artists));
  return [...blackouts, ...absences];
}

/** One date per step, each spacing after the previous, moved a week on while inside a range. */
function planDates(first: string, spacings: number[], ranges: Range[]) {
  const dates: string[] = [];
  let previous: string | null = null;
  for (const spacing of spacings) {
    let date: string = previous === null ? first : addDays(previous, spacing);
    for (
      let guard = 0;
      guard < 20 && ranges.some((r) => r.startsOn <= date && date <= r.endsOn);
      guard++
    ) {
      date = addDays(date, 7);
    }
    dates.push(date);
    previous = date;
  }
  return dates;
}

function statusAt(startsAt: Date, endsAt: Date, now: Date) {
  if (endsAt <= now) return 'done' as const;
  return startsAt.getTime() - now.getTime() < 10 * 86_400_000
    ? ('confirmed' as const)
    : ('planned' as const);
}

type Context = {
  db: Db;
  orgId: string;
  startYear: number;
  now: Date;
  projects: Ids;
  templates: Awaited<ReturnType<typeof seedTemplates>>;
  groups: Ids;
  venues: Ids;
  artists: Ids;
};

async function linkPeople(
  db: Db,
  orgId: string,
  sessionId: string,
  artistIds: string[],
  groupIds: string[],
) {
  if (artistIds.length > 0) {
    await db
      .insert(schema.sessionArtists)
      .values(artistIds.map((artistId) => ({ orgId, sessionId, artistId })));
  }
  if (groupIds.length > 0) {
    await db
      .insert(schema.sessionGroups)
      .values(groupIds.map((groupId) => ({ orgId, sessionId, groupId })));
  }
}

async function seedJourney(context: Context, seed: JourneySeed) {
  const { db, orgId } = context;
  const projectId = context.projects.get(seed.project);
  const groupId = context.groups.get(seed.group);
  const venueId = context.venues.get(seed.venue);
  const steps = context.templates.steps.get(seed.template);
  if (!projectId || !groupId || !venueId || !steps) return;
  const artistIds = seed.artists.flatMap((name) => context.artists.get(name) ?? []);
  const groupIds = [
    groupId,
    ...(seed.withGroups ?? []).flatMap((name) => context.groups.get(name) ?? []),
  ];
  const first = nextWeekday(seasonDate(context.startYear, seed.startsOn), seed.weekday);
  const dates = planDates(
    first,
    steps.map((s) => s.spacingDays),
    await unavailableRanges(db, venueId, artistIds),
  );
  const [journey] = await db
    .insert(schema.journeys)
    .values({
      orgId,
      projectId,
      templateId: context.templates.ids.get(seed.template)!,
      groupId,
      name: `${seed.template} — ${seed.group}`,
      startsOn: dates[0]!,
    })
    .returning({ id: schema.journeys.id });
  for (const [index, step] of steps.entries()) {
    const online = step.kind === 'online';
    const startsAt = parisInstant(dates[index]!, online ? '18:30' : seed.startTime);
    const endsAt = new Date(startsAt.getTime() + step.durationMin * 60_000);
    const cancelled = seed.cancelled?.find((c) => c.position === index + 1);
    const [session] = await db
      .insert(schema.sessions)
      .values({
        orgId,
        projectId,
        journeyId: journey!.id,
        journeyPosition: index + 1,
        kind: step.kind,
        title: step.title,
        venueId: online ? null : venueId,
        startsAt,
        endsAt,
        timeZone: 'Europe/Paris',
        status: cancelled ? 'cancelled' : statusAt(startsAt, endsAt, context.now),
        cancelReason: cancelled?.reason ?? null,
        onlineUrl: online ? 'https://visio.example.org/tutti-demo' : null,
      })
      .returning({ id: schema.sessions.id });
    // The online meeting is led from the office: no artist travels for it.
    await linkPeople(db, orgId, session!.id, online ? [] : artistIds, groupIds);
  }
}

async function seedConcert(context: Context, seed: ConcertSeed, userId: string) {
  const { db, orgId } = context;
  const projectId = context.projects.get(seed.project);
  const venueId = context.venues.get(seed.venue);
  if (!projectId || !venueId) return;
  const artistIds = seed.artists.flatMap((name) => context.artists.get(name) ?? []);
  const ranges = await unavailableRanges(db, venueId, artistIds);
  // Around the seed day; a week further from it while the hall or an artist is not free.
  let date = nextWeekday(addDays(today('Europe/Paris', context.now), seed.fromToday), seed.weekday);
  for (let guard = 0; guard < 20 && ranges.some((r) => r.startsOn <= date && date <= r.endsOn); ) {
    date = addDays(date, seed.fromToday < 0 ? -7 : 7);
    guard++;
  }
  const startsAt = parisInstant(date, seed.startTime);
  const endsAt = new Date(startsAt.getTime() + seed.durationMin * 60_000);
  const overridden = seed.override ? context.artists.get(seed.override.artist) : undefined;
  const [session] = await db
    .insert(schema.sessions)
    .values({
      orgId,
      projectId,
      kind: 'concert',
      title: (date.slice(5, 7) === '12' && seed.decemberTitle) || seed.title,
      venueId,
      startsAt,
      endsAt,
      timeZone: 'Europe/Paris',
      capacity: seed.capacity,
      // On sale from the seed day: its date is agreed, however far ahead.
      status: endsAt <= context.now ? 'done' : 'confirmed',
      conflictOverride:
        seed.override && overridden
          ? {
              codes: [`${seed.override.conflict}:${overridden}`],
              reason: seed.override.reason,
              by: userId,
              at: parisInstant(addDays(date, -30), '10:00').toISOString(),
            }
          : null,
    })
    .returning({ id: schema.sessions.id });
  await linkPeople(db, orgId, session!.id, artistIds, []);
}

export const demoProgrammeStep: DemoStep = {
  name: 'projects, journeys and sessions',
  async run({ db, orgId, userIds, now }) {
    // The school year under way: from September, or the one that started last September.
    const startYear = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    const context: Context = {
      db,
      orgId,
      startYear,
      now,
      projects: await seedProjects(db, orgId, startYear),
      templates: await seedTemplates(db, orgId),
      groups: await ensureGroups(db, orgId, userIds.relay),
      venues: await idsByName(db, 'venues', orgId),
      artists: await artistIds(db, orgId),
    };
    for (const seed of journeySeeds) await seedJourney(context, seed);
    for (const seed of concertSeeds) await seedConcert(context, seed, userIds.coordinator);
    const draft = context.projects.get(projectSeeds.at(-1)!.name);
    if (draft) {
      await db
        .update(schema.projects)
        .set({ startsOn: seasonDate(startYear, '07-01'), endsOn: seasonDate(startYear, '07-31') })
        .where(and(eq(schema.projects.id, draft), eq(schema.projects.orgId, orgId)));
    }
  },
};
