// A concert step of a journey's space as its coordinator sets it: the live stream's link and how
// long before the start it shows, and the programme families download as a PDF.
import type { SpaceConcertBodySchema } from '@tutti/contracts';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError, notFound } from '../../platform/errors';
import * as repository from './spaces.repository';
import { loadSpace } from './spaces.service';

/** Sets a concert step's live stream and programme; 404 for a session not of this journey. */
export async function setConcert({
  actor,
  config,
  journeyId,
  sessionId,
  input,
}: {
  actor: OrgActor;
  config: Config;
  journeyId: string;
  sessionId: string;
  input: z.output<typeof SpaceConcertBodySchema>;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    if (!(await repository.findJourneyFrame(tx, journeyId))) {
      throw notFound('JOURNEY.NOT_FOUND', 'Journey');
    }
    const step = (await repository.findSteps(tx, journeyId)).find((s) => s.id === sessionId);
    if (!step) throw notFound('SESSION.NOT_FOUND', 'Session');
    if (step.kind !== 'concert') {
      throw new AppError('SPACE.NOT_A_CONCERT', 'Only a concert has a live stream and a programme');
    }
    await repository.upsertConcert(tx, {
      sessionId,
      orgId: actor.orgId,
      streamUrl: input.streamUrl,
      streamOpensMinutes: input.streamOpensMinutes,
      programme: input.programme,
    });
    return loadSpace(tx, config, journeyId);
  });
}
