// A person's rights: the requests log with due dates, the export of everything held about a
// participant and their guardians, and erasure with an account of what is kept and why.
import {
  type ErasureAccount,
  type ErasureBody,
  type Locale,
  type PersonDataExport,
  RIGHTS_ANSWER_MONTHS,
  type RightsRequest,
  type RightsRequestCreateBody,
  type RightsRequestListQuery,
  type RightsRequestUpdateBody,
} from '@tutti/contracts';
import type { schema, Tx } from '@tutti/db';
import { sameDayMonthsLater, today } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { runWorker } from '../../platform/workers/run-worker';
import { ANONYMOUS_FIRST_NAME, anonymiseForErasure, readsAccessNeeds } from '../participants';
import { exportFileName } from './person-export-pdf';
import * as repo from './person-rights.repository';

type RequestView = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>;

function presentRequest(view: RequestView, day: string): RightsRequest {
  const { request } = view;
  const erased = view.anonymisedAt !== null || request.participantId === null;
  return {
    id: request.id,
    participantId: request.participantId,
    personName: erased
      ? null
      : [view.firstName, view.lastName].filter((part) => part !== null).join(' '),
    personErased: erased,
    kind: request.kind,
    receivedOn: request.receivedOn,
    receivedBy:
      request.receivedBy && view.receiverName !== null
        ? { userId: request.receivedBy, displayName: view.receiverName }
        : null,
    dueOn: request.dueOn,
    answeredOn: request.answeredOn,
    outcome: request.outcome,
    note: request.note,
    state: request.answeredOn ? 'answered' : request.dueOn < day ? 'overdue' : 'open',
    createdAt: request.createdAt.toISOString(),
  };
}

/** Today in the organisation's zone (Tutti's organisations are in Europe; Paris by default). */
const orgToday = () => today('Europe/Paris');

// ---- the requests log ------------------------------------------------------------------------

export async function listRequests({
  actor,
  query,
}: {
  actor: OrgActor;
  query: RightsRequestListQuery;
}) {
  requirePermission(actor, 'personRights.manage');
  const day = orgToday();
  const { rows, total } = await actor.inTenant((tx) =>
    repo.listRequests(tx, actor.orgId, query, day),
  );
  return { items: rows.map((row) => presentRequest(row, day)), total };
}

async function loadRequest(tx: Tx, actor: OrgActor, requestId: string) {
  const view = await repo.findRequest(tx, actor.orgId, requestId);
  if (!view) throw notFound('RIGHTS_REQUEST.NOT_FOUND', 'Request');
  return view;
}

function checkAnswerDate(receivedOn: string, answeredOn: string | null | undefined, day: string) {
  if (!answeredOn) return;
  if (answeredOn < receivedOn || answeredOn > day) {
    throw new AppError(
      'RIGHTS.INVALID_DATES',
      'An answer comes after the request was received and not in the future',
      { fields: [{ path: 'body.answeredOn', message: 'Between the receipt and today' }] },
    );
  }
}

export async function createRequest({
  actor,
  input,
}: {
  actor: OrgActor;
  input: RightsRequestCreateBody;
}) {
  requirePermission(actor, 'personRights.manage');
  const day = orgToday();
  if (input.receivedOn > day) {
    throw new AppError('RIGHTS.INVALID_DATES', 'A request is not received in the future', {
      fields: [{ path: 'body.receivedOn', message: 'Today or earlier' }],
    });
  }
  return actor.inTenant(async (tx) => {
    const person = await repo.findPerson(tx, actor.orgId, input.participantId);
    if (!person) {
      throw new AppError('RIGHTS.UNKNOWN_PERSON', 'No such participant in the organisation', {
        fields: [{ path: 'body.participantId', message: 'Unknown participant' }],
      });
    }
    const receivedBy = input.receivedBy ?? actor.userId;
    if (!(await repo.isMember(tx, actor.orgId, receivedBy))) {
      throw new AppError('RIGHTS.UNKNOWN_RECEIVER', 'The receiver is not a member', {
        fields: [{ path: 'body.receivedBy', message: 'Not a member of the organisation' }],
      });
    }
    const id = await repo.insertRequest(tx, {
      orgId: actor.orgId,
      participantId: input.participantId,
      kind: input.kind,
      receivedOn: input.receivedOn,
      receivedBy,
      dueOn: sameDayMonthsLater(input.receivedOn, RIGHTS_ANSWER_MONTHS),
      note: input.note || null,
    });
    return presentRequest(await loadRequest(tx, actor, id), day);
  });
}

export async function updateRequest({
  actor,
  requestId,
  input,
}: {
  actor: OrgActor;
  requestId: string;
  input: RightsRequestUpdateBody;
}) {
  requirePermission(actor, 'personRights.manage');
  const day = orgToday();
  return actor.inTenant(async (tx) => {
    const { request } = await loadRequest(tx, actor, requestId);
    checkAnswerDate(request.receivedOn, input.answeredOn, day);
    await repo.updateRequest(tx, requestId, {
      ...(input.answeredOn !== undefined ? { answeredOn: input.answeredOn } : {}),
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      ...(input.note !== undefined ? { note: input.note || null } : {}),
    });
    return presentRequest(await loadRequest(tx, actor, requestId), day);
  });
}

// ---- export ----------------------------------------------------------------------------------

type StoredSurveyQuestion = (typeof schema.surveys.$inferSelect)['questions'][number];

function answerText(question: StoredSurveyQuestion | undefined, value: unknown): string {
  const option = (id: unknown) => question?.options?.find((o) => o.id === id)?.label ?? String(id);
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (question?.options) return option(value);
  if (typeof value === 'number' && question?.scaleLabels)
    return `${value} / 5 (${question.scaleLabels.low} – ${question.scaleLabels.high})`;
  return String(value);
}

async function findPersonOr404(tx: Tx, actor: OrgActor, participantId: string, lock = false) {
  const row = await repo.findPerson(tx, actor.orgId, participantId, lock);
  if (!row) throw notFound('PARTICIPANT.NOT_FOUND', 'Participant');
  return row;
}

/** The guardians' addresses, as one-time links and the outbox store them. */
function addressesOf(consents: { guardianEmail: string | null; guardianPhone: string | null }[]) {
  return [
    ...new Set(
      consents.flatMap((c) => [c.guardianEmail, c.guardianPhone]).filter((a) => a !== null),
    ),
  ];
}

async function gatherExport(
  tx: Tx,
  actor: OrgActor,
  participantId: string,
  sensitive: boolean,
): Promise<PersonDataExport> {
  const { person, group, partnerName } = await findPersonOr404(tx, actor, participantId);
  const organisation = await repo.organisationName(tx, actor.orgId);
  const consents = await repo.consentsOf(tx, participantId);
  const accessNeeds = sensitive ? await repo.accessNeedsOf(tx, participantId) : undefined;
  const attendance = await repo.attendanceOf(tx, participantId);
  const log = await repo.attendanceLogOf(tx, participantId);
  const links = await repo.surveyLinksOf(tx, participantId);
  const answers = await repo.surveyAnswersOf(tx, links);
  const addresses = addressesOf(consents);
  const guestLinks = await repo.guestLinksTo(tx, addresses);
  const guestAccesses = await repo.guestAccessesOf(tx, addresses);
  const messages = await repo.messagesTo(tx, actor.orgId, addresses);
  const requests = await repo.requestsOfPerson(tx, participantId);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    exportedAt: new Date().toISOString(),
    organisation: { name: organisation },
    person: {
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      ageBand: person.ageBand,
      communeCode: person.communeCode,
      communeName: person.communeName,
      retainUntil: person.retainUntil,
      anonymisedAt: iso(person.anonymisedAt),
      archivedAt: iso(person.archivedAt),
      createdAt: person.createdAt.toISOString(),
      updatedAt: person.updatedAt.toISOString(),
    },
    group: {
      id: group.id,
      name: group.name,
      kind: group.kind,
      communeName: group.communeName,
      partnerName,
    },
    guardians: consents.map((c) => ({
      consentId: c.id,
      guardianName: c.guardianName,
      guardianEmail: c.guardianEmail,
      guardianPhone: c.guardianPhone,
      givenOn: c.givenOn,
      method: c.method,
      purposes: c.purposes,
      withdrawnOn: c.withdrawnOn,
      recordedAt: c.createdAt.toISOString(),
    })),
    ...(sensitive
      ? {
          accessNeeds: accessNeeds
            ? { needs: accessNeeds.needs, updatedAt: accessNeeds.updatedAt.toISOString() }
            : null,
        }
      : {}),
    accessNeedsWithheld: !sensitive,
    attendance: attendance.map((a) => ({
      sessionId: a.sessionId,
      sessionTitle: a.title ?? '',
      sessionKind: a.kind,
      startsAt: a.startsAt.toISOString(),
      timeZone: a.timeZone,
      status: a.status,
      recordedAt: a.recordedAt.toISOString(),
    })),
    attendanceLog: log.map((op) => ({
      opId: op.opId,
      sessionId: op.sessionId,
      kind: op.kind,
      status: op.status,
      recordedAt: op.recordedAt.toISOString(),
      receivedAt: op.receivedAt.toISOString(),
      outcome: op.outcome,
    })),
    surveys: links.map((link) => ({
      surveyId: link.surveyId,
      surveyTitle: link.title,
      pseudonym: link.pseudonym,
      answers: answers
        .filter((a) => a.surveyId === link.surveyId && a.respondentKey === link.pseudonym)
        .map((a) => ({
          phase: a.phase,
          submittedAt: a.createdAt.toISOString(),
          items: Object.entries(a.answers).map(([questionId, value]) => {
            const question = link.questions.find((q) => q.id === questionId);
            return { question: question?.label ?? questionId, answer: answerText(question, value) };
          }),
        })),
    })),
    guestAccess: {
      links: guestLinks.map((l) => ({
        scope: l.scope,
        sentTo: l.subject,
        createdAt: l.createdAt.toISOString(),
        expiresAt: l.expiresAt.toISOString(),
        usedAt: iso(l.usedAt),
      })),
      accesses: guestAccesses.map((a) => ({
        scope: a.scope,
        subject: a.subject,
        createdAt: a.createdAt.toISOString(),
        expiresAt: a.expiresAt.toISOString(),
        endedAt: iso(a.endedAt),
      })),
    },
    messages: messages.map((m) => ({
      kind: m.kind,
      channel: m.channel,
      to: m.toAddress,
      subject: m.subject,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      sentAt: iso(m.sentAt),
    })),
    rightsRequests: requests.map((r) => ({
      kind: r.kind,
      receivedOn: r.receivedOn,
      dueOn: r.dueOn,
      answeredOn: r.answeredOn,
      outcome: r.outcome,
    })),
  };
}

/**
 * Everything held about a participant and their guardians. Access needs are in it only for the
 * roles that read them (the transaction is opened sensitive for those alone).
 */
export async function exportPersonData({
  actor,
  participantId,
}: {
  actor: OrgActor;
  participantId: string;
}): Promise<PersonDataExport> {
  requirePermission(actor, 'personRights.manage');
  const sensitive = readsAccessNeeds(actor.role);
  return actor.inTenant((tx) => gatherExport(tx, actor, participantId, sensitive), { sensitive });
}

export async function exportPersonFile({
  actor,
  participantId,
  format,
  locale,
}: {
  actor: OrgActor;
  participantId: string;
  format: 'json' | 'pdf';
  locale: Locale;
}) {
  const data = await exportPersonData({ actor, participantId });
  if (format === 'json') {
    return {
      contentType: 'application/json; charset=utf-8',
      fileName: exportFileName(data, locale, 'json'),
      bytes: Buffer.from(JSON.stringify(data, null, 2), 'utf8'),
    };
  }
  // Rendering takes CPU: in a worker thread, like funder reports.
  const pdf = await runWorker<Uint8Array>('person-export', { data, locale });
  return {
    contentType: 'application/pdf',
    fileName: exportFileName(data, locale, 'pdf'),
    bytes: Buffer.from(pdf),
  };
}

// ---- erasure ---------------------------------------------------------------------------------

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
  const addresses = addressesOf(consents);
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
 * access needs, survey links, one-time links and mail to guardian addresses that no other child
 * uses, and the notes of their requests deleted. Attendance, age band and group, anonymous
 * survey answers and the requests log stay, without a name. Answers the given request.
 */
export async function erasePerson({
  actor,
  participantId,
  input,
}: {
  actor: OrgActor;
  participantId: string;
  input: ErasureBody;
}): Promise<ErasureAccount> {
  requirePermission(actor, 'personRights.manage');
  const day = orgToday();
  return actor.inTenant(
    async (tx) => {
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
      await repo.clearRequestNotes(tx, participantId);
      await anonymiseForErasure(tx, participantId);
      if (input.requestId) {
        await repo.updateRequest(tx, input.requestId, { answeredOn: day, outcome: 'done' });
      }
      return { ...account, erased: true };
    },
    { sensitive: true },
  );
}
