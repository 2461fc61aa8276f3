// Journey use cases besides creation: list, read, rename, delete (only without history).
import type { JourneyListQuerySchema } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { presentJourney, presentJourneySummary } from './journeys.presenter';
import * as repository from './journeys.repository';

function notFound() {
  return new AppError('JOURNEY.NOT_FOUND', 'Journey not found');
}

export async function loadJourney(tx: Executor, journeyId: string) {
  const row = await repository.findJourneySummary(tx, journeyId);
  if (!row) throw notFound();
  return presentJourney(row, await repository.findJourneySessionList(tx, journeyId));
}

export async function listJourneys({
  actor,
  query,
}: {
  actor: OrgActor;
  query: z.output<typeof JourneyListQuerySchema>;
}) {
  requirePermission(actor, 'journeys.read');
  return actor.inTenant(async (tx) => {
    const { rows, total } = await repository.listJourneys(tx, {
      ...query,
      relayUserId: actor.role === 'relay' ? actor.userId : undefined,
    });
    return { items: rows.map(presentJourneySummary), total };
  });
}

/** Relays follow the journeys of their own groups only. */
export async function getJourney({ actor, journeyId }: { actor: OrgActor; journeyId: string }) {
  requirePermission(actor, 'journeys.read');
  return actor.inTenant(async (tx) => {
    const journey = await loadJourney(tx, journeyId);
    if (
      actor.role === 'relay' &&
      (await repository.relayOfJourney(tx, journeyId)) !== actor.userId
    ) {
      throw new AppError('AUTH.FORBIDDEN', 'Relays follow the journeys of their groups');
    }
    return journey;
  });
}

export async function renameJourney({
  actor,
  journeyId,
  name,
}: {
  actor: OrgActor;
  journeyId: string;
  name: string;
}) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => {
    if (!(await repository.findJourneySummary(tx, journeyId))) throw notFound();
    await repository.renameJourney(tx, journeyId, name);
    return loadJourney(tx, journeyId);
  });
}

/** A journey whose sessions were held or attended is history: cancel its sessions instead. */
export async function deleteJourney({ actor, journeyId }: { actor: OrgActor; journeyId: string }) {
  requirePermission(actor, 'journeys.plan');
  await actor.inTenant(async (tx) => {
    if (!(await repository.findJourneySummary(tx, journeyId))) throw notFound();
    const history = await repository.countHistory(tx, journeyId);
    if (history.doneSessions + history.sessionsWithAttendance > 0) {
      throw new AppError(
        'JOURNEY.HAS_HISTORY',
        `${history.doneSessions} sessions of this journey were held and ${history.sessionsWithAttendance} have attendance; cancel the remaining sessions instead`,
        { details: { dependents: history } },
      );
    }
    await repository.deleteJourney(tx, journeyId);
  });
}
