// Guardian consents (given, withdrawn, kept as history) and access needs of a participant.
import type { AccessNeedsUpdateBody, ConsentCreateBody } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import * as consents from './consents.repository';
import { checkConsentDates } from './consents.rules';
import { findParticipantInScope } from './participants.service';

export async function addConsent({
  actor,
  participantId,
  input,
}: {
  actor: OrgActor;
  participantId: string;
  input: ConsentCreateBody;
}) {
  requirePermission(actor, 'participants.write');
  checkConsentDates(input.givenOn, null, 'body');
  return actor.inTenant(async (tx) => {
    const { participant } = await findParticipantInScope(tx, actor, participantId);
    if (participant.anonymisedAt) {
      throw new AppError('PARTICIPANT.ANONYMISED', 'An anonymised participant takes no consent');
    }
    return consents.insertConsent(tx, {
      ...input,
      orgId: actor.orgId,
      participantId,
      recordedBy: actor.userId,
    });
  });
}

export async function withdrawConsent({
  actor,
  participantId,
  consentId,
  withdrawnOn,
}: {
  actor: OrgActor;
  participantId: string;
  consentId: string;
  withdrawnOn: string;
}) {
  requirePermission(actor, 'participants.write');
  return actor.inTenant(async (tx) => {
    await findParticipantInScope(tx, actor, participantId);
    const consent = await consents.findConsent(tx, participantId, consentId);
    if (!consent) throw notFound('CONSENT.NOT_FOUND', 'Consent');
    if (consent.withdrawnOn) {
      throw new AppError('CONSENT.ALREADY_WITHDRAWN', 'This consent was already withdrawn');
    }
    checkConsentDates(consent.givenOn, withdrawnOn, 'body');
    return (await consents.withdrawConsent(tx, consentId, withdrawnOn))!;
  });
}

/** Sets or clears (`null`) the access needs; admins and coordinators only. */
export async function updateAccessNeeds({
  actor,
  participantId,
  input,
}: {
  actor: OrgActor;
  participantId: string;
  input: AccessNeedsUpdateBody;
}) {
  requirePermission(actor, 'participants.editAccessNeeds');
  return actor.inTenant(
    async (tx) => {
      const { participant } = await findParticipantInScope(tx, actor, participantId);
      if (participant.anonymisedAt) {
        throw new AppError('PARTICIPANT.ANONYMISED', 'An anonymised participant is not edited');
      }
      if (input.needs === null) await consents.clearAccessNeeds(tx, participantId);
      else {
        await consents.setAccessNeeds(tx, {
          orgId: actor.orgId,
          participantId,
          needs: input.needs,
          updatedBy: actor.userId,
        });
      }
      return consents.findAccessNeeds(tx, participantId);
    },
    { sensitive: true },
  );
}
