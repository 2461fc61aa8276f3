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
  conflictError,
  findVenueRules,
  localSlot,
  type PlacementDraft,
  placeBatch,
  placeSessions,
  presentTimes,
  type SessionCandidate,
} from '../sessions';
import { planJourneyDates } from './journey-plan';
import * as repository from './journeys.repository';
import { loadJourney } from './journeys.service';

type PreviewInput = z.output<typeof JourneyPreviewBodySchema>;
type CreateInput = z.output<typeof JourneyCreateBodySchema>;

/** The journey's sessions as drafts: the template's steps dated around the venue's blackouts. */
async function buildPlan(tx: Executor, input: PreviewInput) {
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
  const venue = input.venueId ? await findVenueRules(tx, input.venueId) : null;
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
  const drafts: PlacementDraft[] = template.steps.map((step, index) => {
    const online = step.kind === 'online';
    return {
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
      title: step.title,
      values: { title: step.title, journeyPosition: step.position },
    };
  });
  return { template, groupName, drafts, adjustments };
}

type Plan = Awaited<ReturnType<typeof buildPlan>>;

function presentPlan(
  plan: Plan,
  checked: { candidate: SessionCandidate; conflicts: Conflict[] }[],
): JourneyPlan {
  return {
    sessions: plan.template.steps.map((step, index) => {
      const { candidate, conflicts } = checked[index]!;
      return {
        ...presentTimes(candidate.startsAt, candidate.endsAt, candidate.timeZone),
        position: step.position,
        kind: step.kind,
        title: step.title,
        conflicts,
      };
    }),
    adjustments: plan.adjustments,
    conflictCount: checked.reduce((sum, c) => sum + c.conflicts.length, 0),
  };
}

/** The dates and conflicts a journey would have, without saving anything. */
export async function previewJourney({ actor, input }: { actor: OrgActor; input: PreviewInput }) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => {
    const plan = await buildPlan(tx, input);
    return presentPlan(plan, await placeBatch(tx, actor.orgId, plan.drafts));
  });
}

/** Creates the journey and all its sessions in one transaction, or nothing. */
export async function createJourney({ actor, input }: { actor: OrgActor; input: CreateInput }) {
  requirePermission(actor, 'journeys.plan');
  return actor.inTenant(async (tx) => {
    const plan = await buildPlan(tx, input);
    let journeyId = '';
    await placeSessions({
      tx,
      actor,
      mode: 'instantiate',
      override: input.override,
      drafts: () => plan.drafts,
      refuse: (blocked) =>
        conflictError(
          blocked.flatMap(({ index, blocking }) =>
            blocking.map((c) => ({
              ...c,
              message: `Step ${plan.template.steps[index]!.position}: ${c.message}`,
            })),
          ),
        ),
      beforeWrite: async ([first]) => {
        const { candidate } = first!;
        const journey = await repository.insertJourney(tx, {
          orgId: actor.orgId,
          projectId: input.projectId,
          templateId: plan.template.id,
          groupId: input.groupId,
          name: input.name ?? `${plan.template.name} — ${plan.groupName}`,
          startsOn: localSlot(candidate.startsAt, candidate.endsAt, candidate.timeZone).date,
        });
        journeyId = journey.id;
        return { journeyId };
      },
    });
    return { journey: await loadJourney(tx, journeyId), adjustments: plan.adjustments };
  });
}
