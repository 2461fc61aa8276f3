// A coordinator confirms a flagged input of a footprint (it counts in the headline again), or
// withdraws that; each is stored with who and when, and written to the audit log.
import type { CarbonConfirmation } from '@tutti/contracts';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as confirmations from './carbon-confirmations.repository';
import * as scope from './carbon-scope.repository';

export async function confirmInput({
  actor,
  sessionId,
  inputKey,
  fingerprint,
}: {
  actor: OrgActor;
  sessionId: string;
  inputKey: string;
  fingerprint: string;
}): Promise<CarbonConfirmation> {
  requirePermission(actor, 'carbon.confirm');
  return actor.inTenant(async (tx) => {
    const session = await scope.findSession(tx, sessionId);
    if (!session) throw new AppError('CARBON.SESSION_NOT_FOUND', 'Session not found');
    const row = await confirmations.upsertConfirmation(tx, {
      orgId: actor.orgId,
      sessionId,
      inputKey,
      fingerprint,
      userId: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'carbon.confirm',
      subjectKind: 'session',
      subjectId: sessionId,
      detail: `confirmed ${fingerprint}`,
    });
    return {
      key: row.inputKey,
      sessionId: row.sessionId,
      fingerprint: row.fingerprint,
      confirmed: {
        by: row.confirmedBy
          ? { id: row.confirmedBy, displayName: row.confirmedByName ?? '' }
          : null,
        at: row.confirmedAt.toISOString(),
      },
    };
  });
}

/** The input leaves the headline again until someone confirms it. */
export async function withdrawConfirmation({
  actor,
  sessionId,
  inputKey,
}: {
  actor: OrgActor;
  sessionId: string;
  inputKey: string;
}) {
  requirePermission(actor, 'carbon.confirm');
  await actor.inTenant(async (tx) => {
    const [removed] = await confirmations.deleteConfirmation(tx, sessionId, inputKey);
    if (!removed) throw new AppError('CARBON.CONFIRMATION_NOT_FOUND', 'Confirmation not found');
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'carbon.confirm',
      subjectKind: 'session',
      subjectId: removed.sessionId,
      detail: 'withdrawn',
    });
  });
}
