// Participant use cases: list and search, read, enrol, edit, delete, anonymise on request.
import type {
  ParticipantCreateBody,
  ParticipantListQuery,
  ParticipantUpdateBody,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { findGroupInScope, isGroupInScope, relayScopeOf } from '../groups';
import * as consents from './consents.repository';
import { checkConsentDates } from './consents.rules';
import { newParticipantValues } from './participant-values';
import { readsAccessNeeds } from './participants.policies';
import * as participants from './participants.repository';
import { renewedRetention } from './participants.retention';
import { searchNameOf } from './participants.search';

export async function listParticipants({
  actor,
  query,
}: {
  actor: OrgActor;
  query: ParticipantListQuery;
}) {
  requirePermission(actor, 'participants.read');
  const { limit, offset, ...filter } = query;
  return actor.inTenant((tx) =>
    participants.listParticipants(
      tx,
      { ...filter, orgId: actor.orgId, relayUserId: relayScopeOf(actor) },
      { limit, offset },
    ),
  );
}

/** The participant if `actor` may reach them; "not found" otherwise (another relay's group too). */
export async function findParticipantInScope(tx: Tx, actor: OrgActor, participantId: string) {
  const row = await participants.findParticipant(tx, actor.orgId, participantId);
  if (!row || !isGroupInScope(actor, row)) throw notFound('PARTICIPANT.NOT_FOUND', 'Participant');
  return row;
}

/** With consents; with access needs only for the roles of the access-needs rule. */
export async function getParticipant({
  actor,
  participantId,
}: {
  actor: OrgActor;
  participantId: string;
}) {
  requirePermission(actor, 'participants.read');
  const sensitive = readsAccessNeeds(actor.role);
  return actor.inTenant(
    async (tx) => {
      const detail = await loadDetail(tx, actor, participantId, sensitive);
      // Every read of a participant's access needs is in the audit log (creation and edits
      // answer with what the member just wrote).
      if (sensitive) {
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: actor.userId,
          action: 'accessNeeds.read',
          subjectKind: 'participant',
          subjectId: participantId,
        });
      }
      return detail;
    },
    { sensitive },
  );
}

async function loadDetail(tx: Tx, actor: OrgActor, participantId: string, sensitive: boolean) {
  const row = await findParticipantInScope(tx, actor, participantId);
  return {
    row,
    consents: await consents.listConsents(tx, participantId),
    ...(sensitive ? { accessNeeds: await consents.findAccessNeeds(tx, participantId) } : {}),
  };
}

/** Only a group the actor reaches, listing its members one by one, takes participants. */
async function enrollingGroup(tx: Tx, actor: OrgActor, groupId: string) {
  const group = await findGroupInScope(tx, actor, groupId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'GROUP.NOT_FOUND') {
      throw new AppError('PARTICIPANT.UNKNOWN_GROUP', 'No such group', {
        fields: [{ path: 'body.groupId', message: 'No such group' }],
      });
    }
    throw error;
  });
  if (!group.group.listedIndividually) {
    throw new AppError('PARTICIPANT.GROUP_COUNTED_ONLY', 'This group is counted, not listed', {
      fields: [{ path: 'body.groupId', message: 'The group is counted only' }],
    });
  }
  return group;
}

export async function createParticipant({
  actor,
  input,
}: {
  actor: OrgActor;
  input: ParticipantCreateBody;
}) {
  requirePermission(actor, 'participants.write');
  const sensitive = readsAccessNeeds(actor.role);
  if (input.accessNeeds !== undefined && !sensitive) {
    throw new AppError('AUTH.FORBIDDEN', 'Only admins and coordinators record access needs', {
      fields: [{ path: 'body.accessNeeds', message: 'Not allowed for your role' }],
    });
  }
  if (input.consent) checkConsentDates(input.consent.givenOn, null, 'body.consent');
  return actor.inTenant(
    async (tx) => {
      await enrollingGroup(tx, actor, input.groupId);
      const id = await participants.insertParticipant(tx, actor.orgId, newParticipantValues(input));
      if (input.consent) {
        await consents.insertConsent(tx, {
          ...input.consent,
          orgId: actor.orgId,
          participantId: id,
          recordedBy: actor.userId,
        });
      }
      if (input.accessNeeds) {
        await consents.setAccessNeeds(tx, {
          orgId: actor.orgId,
          participantId: id,
          needs: input.accessNeeds,
          updatedBy: actor.userId,
        });
      }
      return loadDetail(tx, actor, id, sensitive);
    },
    { sensitive },
  );
}

export async function updateParticipant({
  actor,
  participantId,
  input,
}: {
  actor: OrgActor;
  participantId: string;
  input: ParticipantUpdateBody;
}) {
  requirePermission(actor, 'participants.write');
  const sensitive = readsAccessNeeds(actor.role);
  return actor.inTenant(
    async (tx) => {
      const { participant } = await findParticipantInScope(tx, actor, participantId);
      if (participant.anonymisedAt) {
        throw new AppError('PARTICIPANT.ANONYMISED', 'An anonymised participant is not edited');
      }
      if (input.groupId && input.groupId !== participant.groupId) {
        await enrollingGroup(tx, actor, input.groupId);
      }
      const { archived, ...values } = input;
      const firstName = values.firstName ?? participant.firstName;
      const lastName = values.lastName === undefined ? participant.lastName : values.lastName;
      await participants.updateParticipant(tx, participantId, {
        ...values,
        searchName: searchNameOf(firstName, lastName),
        retainUntil: renewedRetention(participant.retainUntil),
        ...(archived === undefined ? {} : { archivedAt: archived ? new Date() : null }),
      });
      return loadDetail(tx, actor, participantId, sensitive);
    },
    { sensitive },
  );
}

/** A participant with attendance is not deleted (statistics): 409, anonymise instead. */
export async function deleteParticipant({
  actor,
  participantId,
}: {
  actor: OrgActor;
  participantId: string;
}) {
  requirePermission(actor, 'participants.delete');
  await actor.inTenant(async (tx) => {
    await findParticipantInScope(tx, actor, participantId);
    const marks = await participants.countMarks(tx, participantId);
    if (marks > 0) {
      throw new AppError(
        'PARTICIPANT.HAS_ATTENDANCE',
        `The participant has ${marks} attendance marks; anonymise them instead`,
        { details: { dependents: { attendanceMarks: marks } } },
      );
    }
    // Consents and access needs go with it (the foreign keys cascade).
    await participants.deleteParticipant(tx, participantId);
  });
}

/** Erasure on request: the same anonymisation as the retention purge, now. */
export async function anonymiseParticipant({
  actor,
  participantId,
}: {
  actor: OrgActor;
  participantId: string;
}) {
  requirePermission(actor, 'participants.delete');
  return actor.inTenant(
    async (tx) => {
      await findParticipantInScope(tx, actor, participantId);
      await participants.anonymiseParticipants(tx, [participantId]);
      return loadDetail(tx, actor, participantId, true);
    },
    { sensitive: true },
  );
}
