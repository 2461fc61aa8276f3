// A person's rights, the erasure: an account of what goes and what stays and why, previewed, then
// applied in one transaction.
import type { ErasureAccount, ErasureBody } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import {
  type ApplicantMatch,
  applicantAddresses,
  countPersonCallData,
  erasePersonCallData,
} from '../calls';
import { choirDataOf, eraseChoirData } from '../choirs';
import { countPersonConcertData, erasePersonConcertData } from '../concerts';
import { countPersonSupportRequests, erasePersonSupportRequests } from '../directory';
import { countPersonSpaceReminders, erasePersonSpaceReminders } from '../journey-spaces';
import { ANONYMOUS_FIRST_NAME, anonymiseForErasure } from '../participants';
import { addressesOf, findApplicantOr404, findPersonOr404 } from './person-export.service';
import * as repo from './person-rights.repository';
import { orgToday } from './person-rights.service';

async function erasureAccount(
  tx: Tx,
  actor: OrgActor,
  participantId: string,
  lock: boolean,
): Promise<{ account: ErasureAccount; erasable: string[] }> {
  const { person } = await findPersonOr404(tx, actor, participantId, lock);
  const consents = await repo.consentsOf(tx, participantId);
  const accessNeeds = await repo.accessNeedsOf(tx, participantId);
  const links = await repo.surveyLinksOf(tx, participantId);
  const answers = await repo.countSurveyAnswers(tx, links);
  const attendance = await repo.attendanceOf(tx, participantId);
  const log = await repo.attendanceLogOf(tx, participantId);
  const requests = await repo.requestsOfPerson(tx, participantId);
  const handovers = await repo.handoversOf(tx, participantId);
  const callMatch = { participantId, emails: [] };
  const addresses = [
    ...new Set([...addressesOf(consents, handovers), ...(await applicantAddresses(tx, callMatch))]),
  ];
  const calls = await countPersonCallData(tx, callMatch);
  const choirs = await choirDataOf(tx, participantId);
  const shared = await repo.addressesOfOtherChildren(tx, participantId, addresses);
  const erasable = addresses.filter((a) => !shared.has(a));
  const keptAddresses = addresses.filter((a) => shared.has(a));
  const traces = async (list: string[]) =>
    (await repo.guestLinksTo(tx, list)).length + (await repo.guestAccessesOf(tx, list)).length;
  const identityHeld =
    person.anonymisedAt === null ||
    person.firstName !== ANONYMOUS_FIRST_NAME ||
    person.lastName !== null ||
    person.communeName !== null;
  return {
    erasable,
    account: {
      participantId,
      erased: false,
      removed: [
        { item: 'identity', count: identityHeld ? 1 : 0 },
        { item: 'guardians', count: consents.length },
        { item: 'accessNeeds', count: accessNeeds ? 1 : 0 },
        { item: 'surveyLinks', count: links.length },
        { item: 'guestLinks', count: await traces(erasable) },
        { item: 'messages', count: (await repo.messagesTo(tx, actor.orgId, erasable)).length },
        { item: 'requestNotes', count: requests.filter((r) => r.note !== null).length },
        {
          item: 'handovers',
          count: handovers.filter((h) => repo.holdsPersonalData(h.handover)).length,
        },
        { item: 'concertBookings', count: await countPersonConcertData(tx, erasable) },
        { item: 'choirMemberships', count: choirs.length },
        { item: 'spaceReminders', count: await countPersonSpaceReminders(tx, erasable) },
        { item: 'supportRequests', count: await countPersonSupportRequests(tx, erasable) },
        { item: 'callApplications', count: calls.applications },
        { item: 'callRecordings', count: calls.recordings },
      ],
      kept: [
        { item: 'attendance', count: attendance.length, reason: 'funderStatistics' },
        { item: 'ageBandAndGroup', count: 1, reason: 'funderStatistics' },
        { item: 'surveyAnswers', count: answers, reason: 'impactEvaluation' },
        { item: 'attendanceLog', count: log.length, reason: 'exactlyOnceSync' },
        { item: 'requestLog', count: requests.length, reason: 'proofOfAnswer' },
        {
          item: 'sharedGuardianAccess',
          count:
            (await traces(keptAddresses)) +
            (await repo.messagesTo(tx, actor.orgId, keptAddresses)).length,
          reason: 'otherChildren',
        },
        {
          item: 'followUpAnswers',
          count: handovers.flatMap((h) => h.followUps).filter((f) => f.answer !== null).length,
          reason: 'impactEvaluation',
        },
        { item: 'callScores', count: calls.scores, reason: 'callIntegrity' },
      ],
    },
  };
}

/** What erasure would remove and keep, with the reasons: the account shown before. */
export async function previewErasure({
  actor,
  participantId,
}: {
  actor: OrgActor;
  participantId: string;
}): Promise<ErasureAccount> {
  requirePermission(actor, 'personRights.manage');
  return actor.inTenant(
    async (tx) => (await erasureAccount(tx, actor, participantId, false)).account,
    { sensitive: true },
  );
}

/**
 * Erases a participant in one transaction: names and commune cleared, guardians' consents,
 * access needs, choir memberships (part, contact, RSVPs, rehearsal marks, recordings), survey
 * links, one-time links, mail, journey spaces' reminder e-mails, requests for help to start an
 * ensemble (name, contact, message) and concert bookings (names and contacts of orders,
 * waiting-list entries, group heads) of guardian addresses that no other child uses, the notes of
 * their requests, and their applications to calls (calls/person-data.ts: scores stay without a
 * name; recordings' files go once committed) deleted. Attendance, age band and group, anonymous
 * survey answers and the requests log stay, without a name. Answers the given request.
 */
export async function erasePerson({
  actor,
  participantId,
  input,
  storage,
}: {
  actor: OrgActor;
  participantId: string;
  input: ErasureBody;
  /** Where the recordings' bytes are removed once the erasure committed. */
  storage: FileStorage;
}): Promise<ErasureAccount> {
  requirePermission(actor, 'personRights.manage');
  const { account, keys } = await actor.inTenant(
    async (tx) => {
      const day = await orgToday(tx, actor.orgId);
      if (input.requestId) {
        const view = await repo.findRequest(tx, actor.orgId, input.requestId);
        if (
          !view ||
          view.request.participantId !== participantId ||
          view.request.kind !== 'erasure'
        ) {
          throw new AppError('RIGHTS.REQUEST_MISMATCH', 'Not an erasure request of this person', {
            fields: [{ path: 'body.requestId', message: 'An erasure request of this person' }],
          });
        }
      }
      const { account, erasable } = await erasureAccount(tx, actor, participantId, true);
      await repo.deleteSurveyLinks(tx, participantId);
      await repo.deleteAddressTraces(tx, actor.orgId, erasable);
      await repo.eraseHandovers(tx, participantId);
      await erasePersonConcertData(tx, erasable);
      await erasePersonSpaceReminders(tx, erasable);
      await erasePersonSupportRequests(tx, erasable);
      await repo.clearRequestNotes(tx, participantId);
      await eraseChoirData(tx, participantId);
      const keys = await erasePersonCallData(tx, actor.orgId, { participantId, emails: [] });
      await anonymiseForErasure(tx, participantId);
      if (input.requestId) {
        await repo.updateRequest(tx, input.requestId, { answeredOn: day, outcome: 'done' });
      }
      return { account: { ...account, erased: true }, keys };
    },
    { sensitive: true },
  );
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
  return account;
}

// ---- an applicant known by their address only ------------------------------------------------

async function applicantAccount(
  tx: Tx,
  actor: OrgActor,
  applicationId: string,
): Promise<{ account: ErasureAccount; match: ApplicantMatch; erasable: string[] }> {
  const email = await findApplicantOr404(tx, actor, applicationId);
  const match = { participantId: null, emails: [email] };
  const calls = await countPersonCallData(tx, match);
  // The address stays in the links and mail of a child whose guardian it is.
  const guardianOf = await repo.isGuardianAddress(tx, email);
  const erasable = guardianOf ? [] : [email];
  const traces = async (list: string[]) =>
    (await repo.guestLinksTo(tx, list)).length + (await repo.guestAccessesOf(tx, list)).length;
  return {
    match,
    erasable,
    account: {
      participantId: null,
      erased: false,
      removed: [
        { item: 'callApplications', count: calls.applications },
        { item: 'callRecordings', count: calls.recordings },
        { item: 'guestLinks', count: await traces(erasable) },
        { item: 'messages', count: (await repo.messagesTo(tx, actor.orgId, erasable)).length },
      ],
      kept: [
        { item: 'callScores', count: calls.scores, reason: 'callIntegrity' },
        ...(guardianOf
          ? [
              {
                item: 'sharedGuardianAccess' as const,
                count:
                  (await traces([email])) +
                  (await repo.messagesTo(tx, actor.orgId, [email])).length,
                reason: 'otherChildren' as const,
              },
            ]
          : []),
      ],
    },
  };
}

/** What erasing an applicant (every application sent from their address) would remove and keep. */
export async function previewApplicantErasure({
  actor,
  applicationId,
}: {
  actor: OrgActor;
  applicationId: string;
}): Promise<ErasureAccount> {
  requirePermission(actor, 'personRights.manage');
  return actor.inTenant(async (tx) => (await applicantAccount(tx, actor, applicationId)).account);
}

/**
 * Erases an applicant known by their address: their applications (drafts deleted; submitted ones
 * keep only their code, part, decision and the jurors' scores), their recordings' files, and the
 * one-time links and mail of the address (unless it is a child's guardian's).
 */
export async function eraseApplicant({
  actor,
  applicationId,
  storage,
}: {
  actor: OrgActor;
  applicationId: string;
  storage: FileStorage;
}): Promise<ErasureAccount> {
  requirePermission(actor, 'personRights.manage');
  const { account, keys } = await actor.inTenant(async (tx) => {
    const { account, match, erasable } = await applicantAccount(tx, actor, applicationId);
    const keys = await erasePersonCallData(tx, actor.orgId, match);
    await repo.deleteAddressTraces(tx, actor.orgId, erasable);
    return { account: { ...account, erased: true }, keys };
  });
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
  return account;
}
