// Instantiating a template for a group: the dated sessions, their conflicts, then the writes.
import type {
  Conflict,
  FieldError,
  JourneyCreateBodySchema,
  JourneyPlan,
  JourneyPreviewBodySchema,
} from '@tutti/contracts';
import { type Executor, inTurn } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import {
  type BusySession,
  conflictError,
  conflictsOf,
  decideOverride,
  insertSession,
  loadVenueFacts,
  localSlot,
  lockHolders,
  placeSession,
  presentTimes,
} from '../sessions';
import { planJourneyDates } from './journey-plan';
import * as repository from './journeys.repository';
import { loadJourney } from './journeys.service';

type PreviewInput = z.output<typeof JourneyPreviewBodySchema>;
type CreateInput = z.output<typeof JourneyCreateBodySchema>;

async function buildPlan(
  tx: Executor,
  orgId: string,
  input: PreviewInput,
  options: { lock?: boolean } = {},
) {
  if (options.lock) {
    await lockHolders(tx, [input.venueId ?? null, ...input.artistIds, input.groupId]);
  }
  const [template, groupName] = await inTurn(
    () => repository.findTemplateSteps(tx, input.templateId),
    () => repository.findGroupName(tx, input.groupId),
  );
  const fields: FieldError[] = [
    ...(template ? [] : [{ path: 'body.templateId', message: 'No such journey template' }]),
    ...(groupName === null ? [{ path: 'body.groupId', message: 'No such group' }] : []),
  ];
  if (fields.length > 0 || !template || groupName === null) {
    throw new AppError('JOURNEY.REFERENCE_NOT_FOUND', 'Unknown template or group', { fields });
  }
  const venue = input.venueId ? await loadVenueFacts(tx, input.venueId) : null;
  if (input.venueId && !venue) {
    throw new AppError('JOURNEY.REFERENCE_NOT_FOUND', 'Unknown venue', {
      fields: [{ path: 'body.venueId', message: 'No such venue' }],
    });
  }
  const { dates, adjustments } = planJourneyDates({
    steps: template.steps,
    startsOn: input.startsOn,
    weekday: input.weekday,
    blackouts: venue?.blackouts ?? [],
  });
  const planned: {
    step: (typeof template.steps)[number];
    candidate: BusySession;
    conflicts: Conflict[];
  }[] = [];
  for (const [index, step] of template.steps.entries()) {
    const online = step.kind === 'online';
    const placement = await placeSession(tx, orgId, {
      id: null,
      projectId: input.projectId,
      kind: step.kind,
      venueId: online ? null : (input.venueId ?? null),
      startsAtLocal: `${dates[index]!.date}T${input.startTime}`,
      // Online steps have no venue but keep the venue's clocks, so the whole journey reads alike.
      timeZone: online ? (input.timeZone ?? venue?.timeZone) : input.timeZone,
      durationMin: step.durationMin,
      artistIds: input.artistIds,
      groupIds: [input.groupId],
      capacity: input.capacity ?? null,
    });
    // Earlier steps of the same journey hold the same people: a spacing of 0 days may collide.
    placement.facts.busy.push(...planned.map((p) => p.candidate));
    const { candidate } = placement;
    planned.push({
      step,
      conflicts: conflictsOf(placement),
      candidate: {
        id: `step-${step.position}`,
        title: step.title,
        kind: step.kind,
        projectName: '',
        startsAt: candidate.startsAt,
        endsAt: candidate.endsAt,
        timeZone: candidate.timeZone,
        venueId: candidate.venueId,
        artistIds: candidate.artistIds,
        groupIds: candidate.groupIds,
      },
    });
  }
  return { template, groupName, planned, adjustments };
}

function presentPlan(plan: Awaited<ReturnType<typeof buildPlan>>): JourneyPlan {
  return {
    sessions: plan.planned.map(({ step, candidate, conflicts }) => ({
      ...presentTimes(candidate.startsAt, candidate.endsAt, candidate.timeZone),
      position: step.position,
      kind: step.kind,
      title: step.title,
      conflicts,
    })),
    adjustments: plan.adjustments,
    conflictCount: plan.planned.reduce((sum, p) => sum + p.conflicts.length, 0),
  };
}

/** The dates and conflicts a journey would have, without saving anything. */
export async function previewJourney({ actor, input }: { actor: OrgActor; input: PreviewInput }) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => presentPlan(await buildPlan(tx, actor.orgId, input)));
}

/** Creates the journey and all its sessions in one transaction, or nothing. */
export async function createJourney({ actor, input }: { actor: OrgActor; input: CreateInput }) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => {
    const plan = await buildPlan(tx, actor.orgId, input, { lock: true });
    const now = new Date();
    const decisions = plan.planned.map((p) =>
      decideOverride({
        conflicts: p.conflicts,
        stored: null,
        requested: input.override,
        actorId: actor.userId,
        now,
      }),
    );
    const blocking = decisions.flatMap((decision, index) =>
      decision.ok
        ? []
        : decision.blocking.map((c) => ({
            ...c,
            message: `Step ${plan.planned[index]!.step.position}: ${c.message}`,
          })),
    );
    if (blocking.length > 0) throw conflictError(blocking);
    const first = plan.planned[0]!.candidate;
    const journey = await repository.insertJourney(tx, {
      orgId: actor.orgId,
      projectId: input.projectId,
      templateId: plan.template.id,
      groupId: input.groupId,
      name: input.name ?? `${plan.template.name} — ${plan.groupName}`,
      startsOn: localSlot(first.startsAt, first.endsAt, first.timeZone).date,
    });
    for (const [index, { step, candidate }] of plan.planned.entries()) {
      const decision = decisions[index]!;
      await insertSession(
        tx,
        {
          orgId: actor.orgId,
          projectId: input.projectId,
          journeyId: journey.id,
          journeyPosition: step.position,
          kind: step.kind,
          title: step.title,
          venueId: candidate.venueId,
          startsAt: candidate.startsAt,
          endsAt: candidate.endsAt,
          timeZone: candidate.timeZone,
          capacity: input.capacity ?? null,
          conflictOverride: decision.ok ? decision.override : null,
        },
        { artistIds: candidate.artistIds, groupIds: candidate.groupIds },
      );
    }
    return { journey: await loadJourney(tx, journey.id), adjustments: plan.adjustments };
  });
}
