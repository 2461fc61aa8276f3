// The home page: what each role sees first, in one transaction of a few indexed reads.
import {
  can,
  type FirstStep,
  firstSteps,
  HOME_LIST_LIMIT,
  type Home,
  type HomeArtist,
  type HomeFigures,
  type HomeRelayGroup,
  type HomeSession,
  type HomeWeek,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { addDays, today as todayIn, zonedToUtc } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { countAttendanceConflicts } from '../attendance';
import { resolveFilters, suppressCount } from '../impact';
import { organisationTimeZone } from '../organisations';
import { presentTimes } from '../sessions';
import * as home from './home.repository';
import * as artistReads from './home-artist.repository';
import * as relayReads from './home-relay.repository';
import type { HomeSessionRow, Range } from './home-sessions.repository';
import { localMidnight } from './home-sessions.repository';

const DAY_MS = 86_400_000;
/** Sessions shown after a quiet week, and after an artist's next day. */
const LATER_LIMIT = 3;
const ARTIST_LATER_LIMIT = 4;
/** Previewed imports are kept this long (the imports' retention rule). */
const IMPORT_PREVIEW_DAYS = 7;

function presentSession(row: HomeSessionRow): HomeSession {
  return {
    ...presentTimes(row.startsAt, row.endsAt, row.timeZone),
    id: row.id,
    kind: row.kind,
    title: row.title,
    status: row.status,
    projectName: row.projectName,
    venueName: row.venueName,
    acceptedConflicts: row.acceptedConflicts,
  };
}

/** Local midnight of `date`; in the rare zones that skip midnight, the first hour that exists. */
function midnight(date: string, timeZone: string): Date {
  return zonedToUtc(date, 0, timeZone) ?? zonedToUtc(date, 60, timeZone)!;
}

export async function getHome({
  actor,
  now = new Date(),
}: {
  /** `dataVersion`, read with the login, lets the season's figures be reused until it moves. */
  actor: OrgActor & { dataVersion?: number };
  now?: Date;
}): Promise<Home> {
  requirePermission(actor, 'home.read');
  const { role, dataVersion } = actor;
  return actor.inTenant(async (tx) => {
    const timeZone = await organisationTimeZone(tx, actor.orgId);
    const today = todayIn(timeZone, now);
    const range: Range = {
      orgId: actor.orgId,
      from: today,
      toExclusive: addDays(today, 7),
      timeZone,
    };
    const lastWeek = midnight(addDays(today, -7), timeZone);
    return {
      role,
      generatedAt: now.toISOString(),
      week: can(role, 'home.week') ? await weekOf(tx, range, lastWeek, now) : null,
      firstSteps: can(role, 'home.week') ? await firstStepsOf(tx, actor.orgId) : null,
      administration: can(role, 'home.administration')
        ? await administrationOf(tx, actor.orgId, now)
        : null,
      artist: can(role, 'home.ownSessions')
        ? await artistHomeOf(tx, actor, range, lastWeek, now)
        : null,
      relayGroups: can(role, 'home.ownGroups') ? await relayGroupsOf(tx, actor, now) : null,
      figures: can(role, 'home.figures')
        ? await figuresOf(tx, { orgId: actor.orgId, timeZone, today, now, dataVersion })
        : null,
    };
  });
}

async function weekOf(tx: Tx, range: Range, lastWeek: Date, now: Date): Promise<HomeWeek> {
  const week = await home.weekSessions(tx, range, HOME_LIST_LIMIT);
  // A quiet week: the sessions after it, so that the page still says what comes next.
  const later =
    week.total < HOME_LIST_LIMIT
      ? await home.sessionsFrom(tx, {
          orgId: range.orgId,
          from: localMidnight(range.toExclusive, range.timeZone),
          limit: LATER_LIMIT,
        })
      : [];
  const missingConsents = await home.missingConsentsOfRange(tx, range);
  const attendanceConflicts = await countAttendanceConflicts(tx, {
    orgId: range.orgId,
    since: new Date(now.getTime() - 30 * DAY_MS),
    until: now,
  });
  const awaited = await home.attendanceAwaited(tx, {
    orgId: range.orgId,
    since: lastWeek,
    now,
    limit: HOME_LIST_LIMIT,
  });
  const artists = await home.artistsWithLastSync(
    tx,
    awaited.rows.map((row) => row.id),
    now,
  );
  const importsWaiting = await home.previewedImports(
    tx,
    range.orgId,
    new Date(now.getTime() - IMPORT_PREVIEW_DAYS * DAY_MS),
    HOME_LIST_LIMIT,
  );
  return {
    range: { from: range.from, toExclusive: range.toExclusive, timeZone: range.timeZone },
    sessions: week.rows.map(presentSession),
    sessionCount: week.total,
    later: later.map(presentSession),
    unconfirmed: week.unconfirmed,
    withAcceptedConflicts: week.withAcceptedConflicts,
    attendanceConflicts,
    missingConsents,
    attendanceAwaited: awaited.rows.map((row) => ({
      session: presentSession(row),
      artists: artists
        .filter((artist) => artist.session_id === row.id)
        .map((artist) => ({
          id: artist.id,
          name: artist.name,
          lastSyncAt: artist.last_sync_at ? new Date(artist.last_sync_at).toISOString() : null,
        })),
    })),
    attendanceAwaitedCount: awaited.total,
    importsWaiting: importsWaiting.map((batch) => ({
      ...batch,
      createdAt: batch.createdAt.toISOString(),
    })),
  };
}

async function firstStepsOf(tx: Tx, orgId: string) {
  const facts = await home.firstStepFacts(tx, orgId);
  return firstSteps.map((step: FirstStep) => ({ step, done: Boolean(facts[step]) }));
}

async function administrationOf(tx: Tx, orgId: string, now: Date) {
  const facts = await home.administrationFacts(tx, orgId, now);
  return {
    members: facts.members,
    pendingInvitations: facts.pending,
    failedMessages: facts.failed,
  };
}

async function artistHomeOf(
  tx: Tx,
  actor: OrgActor,
  range: Range,
  lastWeek: Date,
  now: Date,
): Promise<HomeArtist> {
  const artistId = await artistReads.artistOfUser(tx, actor.orgId, actor.userId);
  if (!artistId) {
    return {
      linked: false,
      next: null,
      day: null,
      later: [],
      weekCount: 0,
      attendanceAwaited: [],
    };
  }
  const rows = await artistReads.sessionsOfArtistSince(tx, artistId, lastWeek);
  const weekEnd = midnight(range.toExclusive, range.timeZone);
  const awaited = rows
    .filter((row) => row.endsAt <= now && row.hasGroups && !row.hasAttendance)
    .reverse()
    .slice(0, HOME_LIST_LIMIT);
  const upcoming = rows.filter((row) => row.endsAt > now);
  const weekCount = upcoming.filter((row) => row.startsAt < weekEnd).length;
  const next = upcoming[0];
  if (!next) {
    return {
      linked: true,
      next: null,
      day: null,
      later: [],
      weekCount,
      attendanceAwaited: awaited.map(presentSession),
    };
  }
  const session = presentSession(next);
  const date = session.local.date;
  const people = await artistReads.peopleOfSession(tx, next.id);
  const ofDay = rows.filter((row) => presentSession(row).local.date === date);
  const afterDay = upcoming.filter((row) => row.startsAt > next.startsAt && !ofDay.includes(row));
  return {
    linked: true,
    next: {
      ...session,
      venue: next.venueName
        ? { name: next.venueName, address: next.venueAddress, communeName: next.venueCommune }
        : null,
      onlineUrl: next.onlineUrl,
      groups: people.filter((p) => p.kind === 'group').map(({ id, name }) => ({ id, name })),
      otherArtists: people
        .filter((p) => p.kind === 'artist' && p.id !== artistId)
        .map(({ id, name }) => ({ id, name })),
    },
    day: { date, sessions: ofDay.map(presentSession) },
    later: afterDay.slice(0, ARTIST_LATER_LIMIT).map(presentSession),
    weekCount,
    attendanceAwaited: awaited.map(presentSession),
  };
}

async function relayGroupsOf(tx: Tx, actor: OrgActor, now: Date): Promise<HomeRelayGroup[]> {
  const groups = await relayReads.groupsOfRelay(tx, actor.orgId, actor.userId);
  const ids = groups.map((group) => group.id);
  const next = new Map(
    (await relayReads.nextSessionsOfGroups(tx, ids, now)).map((row) => [row.groupId, row]),
  );
  const surveys = await relayReads.openSurveysOfGroups(tx, ids);
  return groups.map((group) => {
    const session = next.get(group.id);
    return {
      ...group,
      next: session ? presentSession(session) : null,
      openSurveys: surveys
        .filter((survey) => survey.groupId === group.id)
        .map(({ id, title, answers }) => ({ id, title, answers })),
    };
  });
}

/**
 * Figures by organisation, data version and day: counted up to yesterday, they stay right until
 * the data or the day changes, so viewers opening the home again read them from here (counting
 * a large season's 150,000 marks takes tens of milliseconds). Oldest entries leave first.
 */
const figuresCache = new Map<string, HomeFigures>();
const FIGURES_CACHED = 200;

async function figuresOf(
  tx: Tx,
  options: { orgId: string; timeZone: string; today: string; now: Date; dataVersion?: number },
): Promise<HomeFigures> {
  const { orgId, timeZone, today } = options;
  // The season Impact shows by default.
  const { from, to } = resolveFilters({}, options.now);
  const key = options.dataVersion === undefined ? null : `${orgId}:${options.dataVersion}:${today}`;
  const cached = key ? figuresCache.get(key) : undefined;
  if (cached) return cached;
  const yesterday = addDays(today, -1);
  const heldTo = yesterday < to ? yesterday : to;
  const figures = await home.seasonFigures(
    tx,
    { from, to: heldTo, timeZone, projectIds: [], communeCodes: [], departmentCode: null },
    { orgId, from: today > from ? today : from, toExclusive: addDays(to, 1), timeZone },
  );
  const result: HomeFigures = {
    from,
    to,
    countedUntil: heldTo < from ? null : heldTo,
    sessionsHeld: figures.sessions_held,
    concertsHeld: figures.concerts_held,
    sessionsUpcoming: figures.upcoming,
    attendances: suppressCount(figures.attendances),
    communesReached: figures.communes,
    projects: figures.projects,
  };
  if (key) {
    if (figuresCache.size >= FIGURES_CACHED) figuresCache.delete(figuresCache.keys().next().value!);
    figuresCache.set(key, result);
  }
  return result;
}
