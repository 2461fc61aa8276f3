// Rosters to take attendance from: one session's, and the signed-in artist's day (for offline use).
import type { MyDay, SessionRoster } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { addDays, today } from '@tutti/kit/dates';
import { recordAudit, recordAuditMany } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import { readsAccessNeeds } from '../participants';
import { presentRosters, type RosterView } from './attendance.presenter';
import * as roster from './roster.repository';

async function loadRosters(
  tx: Tx,
  sessionIds: string[],
  options: RosterView & { accessNeeds: boolean },
): Promise<SessionRoster[]> {
  if (sessionIds.length === 0) return [];
  const groups = await roster.groupsOfSessions(tx, sessionIds);
  const participants = await roster.rosterParticipants(
    tx,
    [...new Set(groups.map((g) => g.group.id))],
    sessionIds,
  );
  const rows = {
    sessions: await roster.sessionsWithVenue(tx, sessionIds),
    groups,
    participants,
    marks: await roster.marksOfSessions(tx, sessionIds),
    headcounts: await roster.headcountsOfSessions(tx, sessionIds),
    accessNeeds: options.accessNeeds
      ? await roster.accessNeedsOf(
          tx,
          participants.map((p) => p.id),
        )
      : undefined,
  };
  return presentRosters(rows, options);
}

/**
 * A session's roster with its marks and head counts. Artists read only the sessions they lead,
 * with access needs (the access-needs rule) and last names as initials.
 */
export async function getSessionRoster({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<SessionRoster> {
  requirePermission(actor, 'attendance.readRoster');
  const isArtist = actor.role === 'artist';
  const accessNeeds = isArtist || readsAccessNeeds(actor.role);
  return actor.inTenant(
    async (tx) => {
      const [found] = await loadRosters(tx, [sessionId], {
        shortLastNames: isArtist,
        // Decided below for artists, once it is known that they lead the session.
        accessNeeds: false,
      });
      if (!found) throw notFound('SESSION.NOT_FOUND', 'Session');
      if (isArtist && !(await roster.sessionsLedBy(tx, actor.userId, [sessionId])).has(sessionId)) {
        throw new AppError('ATTENDANCE.NOT_SESSION_ARTIST', 'You are not an artist of it');
      }
      if (!accessNeeds) return found;
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'accessNeeds.read',
        subjectKind: 'session',
        subjectId: sessionId,
      });
      const needs = await roster.accessNeedsOf(
        tx,
        found.participants.map((p) => p.id),
      );
      return {
        ...found,
        participants: found.participants.map((p) => ({
          ...p,
          accessNeeds: needs.get(p.id) ?? null,
        })),
        accessNeedsIncluded: true,
      };
    },
    { sensitive: accessNeeds },
  );
}

/**
 * The sessions the signed-in person leads as an artist on `date` (the organisation's day),
 * with everything needed to take attendance offline.
 */
export async function getMyDay({
  actor,
  date,
}: {
  actor: OrgActor;
  date: string | undefined;
}): Promise<MyDay> {
  requirePermission(actor, 'attendance.readMyDay');
  // Every session on the list is led by this artist: the access-needs rule lets them read those.
  return actor.inTenant(
    async (tx) => {
      const timeZone = await organisationTimeZone(tx, actor.orgId);
      const day = date ?? today(timeZone);
      const artistIds = await roster.artistIdsOfUser(tx, actor.userId);
      const sessionIds =
        artistIds.length === 0
          ? []
          : await roster.sessionIdsLedOn(tx, artistIds, timeZone, day, addDays(day, 1));
      await recordAuditMany(
        tx,
        sessionIds.map((sessionId) => ({
          orgId: actor.orgId,
          actorId: actor.userId,
          action: 'accessNeeds.read' as const,
          subjectKind: 'session',
          subjectId: sessionId,
        })),
      );
      return {
        date: day,
        timeZone,
        artistLinked: artistIds.length > 0,
        generatedAt: new Date().toISOString(),
        sessions: await loadRosters(tx, sessionIds, { shortLastNames: true, accessNeeds: true }),
      };
    },
    { sensitive: true },
  );
}
