// Calendar feed use cases: a secret address per artist, group or choir part, listed, revoked,
// and served. A choir part's feed holds its rehearsals (written by the choirs module); any
// singer may hold the feed of the part they sing in or lead, whatever their role.
import {
  type CalendarFeedCreateBody,
  type CalendarFeedCreated,
  type CalendarFeedKind,
  type CalendarFeedListQuerySchema,
  can,
  type Locale,
} from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/app-types';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { hashToken, randomToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { choirPartIcal, choirPartsOfUser, choirPartTarget } from '../choirs';
import { presentSession, sessionRevisions } from '../sessions';
import * as repository from './calendar-feeds.repository';
import { buildIcal } from './ical';

const DAY_MS = 24 * 3600 * 1000;
/** Past sessions stay visible a while; plans reach far enough for a school year. */
const FEED_WINDOW = { pastDays: 90, futureDays: 400, maxEvents: 2000 };

export function presentFeed(row: repository.FeedRow) {
  return {
    id: row.feed.id,
    kind: row.feed.kind,
    targetId: row.feed.targetId,
    targetName: row.targetName ?? '',
    createdAt: row.feed.createdAt.toISOString(),
    revokedAt: row.feed.revokedAt?.toISOString() ?? null,
  };
}

/** A choir part's feed is a singer's: every role that sings may hold one. */
const permissionFor = (kind: CalendarFeedKind | undefined) =>
  kind === 'choirPart' ? 'choirs.sing' : 'calendarFeeds.use';

/** What a person holds: their own artist record, the groups they relay, the parts they sing. */
async function targetsOfUser(tx: Executor, userId: string) {
  return [...(await repository.targetsOfUser(tx, userId)), ...(await choirPartsOfUser(tx, userId))];
}

const findTarget = (tx: Executor, kind: CalendarFeedKind, targetId: string) =>
  kind === 'choirPart' ? choirPartTarget(tx, targetId) : repository.findTarget(tx, kind, targetId);

/** Coordinators act on any feed; others on the feeds of their own record, groups or parts. */
async function requireTargetAccess(tx: Executor, actor: OrgActor, targetId: string) {
  if (can(actor.role, 'calendarFeeds.manageAny')) return;
  const own = await targetsOfUser(tx, actor.userId);
  if (!own.includes(targetId)) {
    throw new AppError(
      'AUTH.FORBIDDEN',
      'Only your own calendar, that of your groups or of the part you sing in',
    );
  }
}

export async function createFeed({
  deps,
  actor,
  input,
}: {
  deps: AppDeps;
  actor: OrgActor;
  input: CalendarFeedCreateBody;
}): Promise<CalendarFeedCreated> {
  requirePermission(actor, permissionFor(input.kind));
  const token = randomToken();
  return actor.inTenant(async (tx) => {
    const target = await findTarget(tx, input.kind, input.targetId);
    if (!target) {
      throw new AppError('CALENDAR_FEED.TARGET_NOT_FOUND', `No such ${input.kind}`, {
        fields: [{ path: 'body.targetId', message: `No such ${input.kind}` }],
      });
    }
    await requireTargetAccess(tx, actor, input.targetId);
    const feed = await repository.insertFeed(tx, {
      orgId: actor.orgId,
      kind: input.kind,
      targetId: input.targetId,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
    });
    const url = `${deps.config.publicUrl}/ical/${token}.ics`;
    return {
      ...presentFeed({ feed, targetName: target.name }),
      url,
      webcalUrl: url.replace(/^https?:\/\//, 'webcal://'),
    };
  });
}

export async function listFeeds({
  actor,
  query,
}: {
  actor: OrgActor;
  query: z.output<typeof CalendarFeedListQuerySchema>;
}) {
  requirePermission(actor, permissionFor(query.kind));
  return actor.inTenant(async (tx) => {
    const own = can(actor.role, 'calendarFeeds.manageAny')
      ? undefined
      : await targetsOfUser(tx, actor.userId);
    const targetIds =
      query.targetId && own
        ? own.filter((id) => id === query.targetId)
        : query.targetId
          ? [query.targetId]
          : own;
    const rows = await repository.listFeeds(tx, {
      kind: query.kind,
      targetIds,
      includeRevoked: query.includeRevoked === 'true',
    });
    return { items: rows.map(presentFeed), total: rows.length };
  });
}

export async function revokeFeed({ actor, feedId }: { actor: OrgActor; feedId: string }) {
  // Every role sings (choirs.sing); the feed's own kind says which permission it needs.
  requirePermission(actor, 'choirs.sing');
  await actor.inTenant(async (tx) => {
    const row = await repository.findFeed(tx, feedId);
    if (!row) throw new AppError('CALENDAR_FEED.NOT_FOUND', 'Calendar feed not found');
    requirePermission(actor, permissionFor(row.feed.kind));
    await requireTargetAccess(tx, actor, row.feed.targetId);
    await repository.revokeFeed(tx, feedId);
  });
}

/** The public document behind a feed's secret address; unknown and revoked addresses are 404. */
export async function renderFeed({ deps, token }: { deps: AppDeps; token: string }) {
  const found = await repository.findActiveFeedByTokenHash(deps.database.db, hashToken(token));
  if (!found) throw new AppError('CALENDAR_FEED.NOT_FOUND', 'Calendar feed not found');
  const { feed } = found;
  const gone = () => new AppError('CALENDAR_FEED.NOT_FOUND', 'Calendar feed not found');
  const locale: Locale = found.creatorLocale ?? 'fr';
  const now = Date.now();
  const window = {
    from: new Date(now - FEED_WINDOW.pastDays * DAY_MS),
    to: new Date(now + FEED_WINDOW.futureDays * DAY_MS),
  };
  return deps.database.withTenant({ orgId: feed.orgId, userId: null }, async (tx) => {
    // A feed is its creator's: it stops once they no longer hold its target (left the choir, no
    // longer lead the part, no longer the artist or the group's relay), unless their role now
    // lets them hold any feed.
    if (
      !can(found.creatorRole, 'calendarFeeds.manageAny') &&
      (!feed.createdBy || !(await targetsOfUser(tx, feed.createdBy)).includes(feed.targetId))
    ) {
      throw gone();
    }
    if (feed.kind === 'choirPart') {
      return choirPartIcal(tx, {
        partId: feed.targetId,
        locale,
        window,
        maxEvents: FEED_WINDOW.maxEvents,
      });
    }
    const target = await repository.findTarget(tx, feed.kind, feed.targetId);
    const views = await repository.feedSessions(
      tx,
      { kind: feed.kind, targetId: feed.targetId },
      window,
      FEED_WINDOW.maxEvents,
    );
    const sessions = views.map(presentSession);
    const revisions = await sessionRevisions(
      tx,
      sessions.map((session) => session.id),
    );
    return buildIcal({
      name: `Tutti — ${target?.name ?? ''}`,
      sessions,
      revisions,
      locale,
      timeZone: sessions[0]?.timeZone ?? 'Europe/Paris',
    });
  });
}
