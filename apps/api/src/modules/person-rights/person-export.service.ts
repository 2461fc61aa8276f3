// A person's rights, the export: everything held about a participant and their guardians, as
// JSON or as a PDF rendered in a worker thread.
import type { ApplicantDataExport, Locale, PersonDataExport } from '@tutti/contracts';
import type { schema, Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { notFound } from '../../platform/errors';
import { runWorker } from '../../platform/workers/run-worker';
import { applicantAddresses, applicantOfApplication, readPersonCallData } from '../calls';
import { choirDataOf } from '../choirs';
import { readPersonConcertData } from '../concerts';
import { readPersonSupportRequests } from '../directory';
import { readPersonSpaceReminders } from '../journey-spaces';
import { readsAccessNeeds } from '../participants';
import { exportFileName } from './person-export-pdf';
import * as repo from './person-rights.repository';

type StoredSurveyQuestion = (typeof schema.surveys.$inferSelect)['questions'][number];

function answerText(question: StoredSurveyQuestion | undefined, value: unknown): string {
  const option = (id: unknown) => question?.options?.find((o) => o.id === id)?.label ?? String(id);
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (question?.options) return option(value);
  if (typeof value === 'number' && question?.scaleLabels)
    return `${value} / 5 (${question.scaleLabels.low} – ${question.scaleLabels.high})`;
  return String(value);
}

export async function findPersonOr404(
  tx: Tx,
  actor: OrgActor,
  participantId: string,
  lock = false,
) {
  const row = await repo.findPerson(tx, actor.orgId, participantId, lock);
  if (!row) throw notFound('PARTICIPANT.NOT_FOUND', 'Participant');
  return row;
}

/**
 * The guardians' addresses (and the one given for an introduction's follow-up), as one-time
 * links and the outbox store them.
 */
export function addressesOf(
  consents: { guardianEmail: string | null; guardianPhone: string | null }[],
  handovers: { handover: { contactEmail: string | null } }[] = [],
) {
  return [
    ...new Set(
      [
        ...consents.flatMap((c) => [c.guardianEmail, c.guardianPhone]),
        ...handovers.map((h) => h.handover.contactEmail),
      ].filter((a) => a !== null),
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
  const handovers = await repo.handoversOf(tx, participantId);
  const callMatch = { participantId, emails: [] };
  const addresses = [
    ...new Set([...addressesOf(consents, handovers), ...(await applicantAddresses(tx, callMatch))]),
  ];
  const guestLinks = await repo.guestLinksTo(tx, addresses);
  const guestAccesses = await repo.guestAccessesOf(tx, addresses);
  const messages = await repo.messagesTo(tx, actor.orgId, addresses);
  const requests = await repo.requestsOfPerson(tx, participantId);
  const concerts = await readPersonConcertData(tx, addresses, sensitive);
  const spaceItems = await repo.spaceItemsOf(tx, participantId);
  const spaceReminders = await readPersonSpaceReminders(tx, addresses);
  const supportRequests = await readPersonSupportRequests(tx, addresses);
  const choirs = await choirDataOf(tx, participantId);
  const applications = await readPersonCallData(tx, callMatch);
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
    choirs,
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
    handovers: handovers.map(({ handover: h, ensemble, followUps }) => ({
      ensemble,
      introducedAt: h.createdAt.toISOString(),
      part: h.part,
      sang: h.sang,
      message: h.message,
      contactEmail: h.contactEmail,
      status: h.status,
      trialDate: h.trialDate,
      answerNote: h.answerNote,
      followUps: followUps.map((f) => ({
        kind: f.kind,
        sentAt: f.sentAt.toISOString(),
        answer: f.answer,
        answeredAt: iso(f.answeredAt),
      })),
    })),
    concerts,
    spaceItems: spaceItems.map((item) => ({
      resourceId: item.resourceId,
      title: item.title,
      kind: item.kind,
      sessionStartsAt: iso(item.sessionStartsAt),
      published: item.published,
    })),
    spaceReminders,
    supportRequests,
    applications,
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

/** The applicant of an application (by its address): 404 when the application is unknown. */
export async function findApplicantOr404(tx: Tx, actor: OrgActor, applicationId: string) {
  const row = await applicantOfApplication(tx, actor.orgId, applicationId);
  if (!row || row.email.startsWith('erased:')) {
    throw notFound('CALL_APPLICATION.NOT_FOUND', 'Application');
  }
  return row.email;
}

/**
 * Everything held about an applicant known by the address they applied from: every application
 * sent from it in the organisation, the one-time links and the mail sent to it.
 */
export async function exportApplicantData({
  actor,
  applicationId,
}: {
  actor: OrgActor;
  applicationId: string;
}): Promise<ApplicantDataExport> {
  requirePermission(actor, 'personRights.manage');
  return actor.inTenant(async (tx) => {
    const email = await findApplicantOr404(tx, actor, applicationId);
    const addresses = [email];
    const guestLinks = await repo.guestLinksTo(tx, addresses);
    const messages = await repo.messagesTo(tx, actor.orgId, addresses);
    return {
      exportedAt: new Date().toISOString(),
      organisation: { name: await repo.organisationName(tx, actor.orgId) },
      email,
      applications: await readPersonCallData(tx, { participantId: null, emails: addresses }),
      guestAccess: {
        links: guestLinks.map((l) => ({
          scope: l.scope,
          sentTo: l.subject,
          createdAt: l.createdAt.toISOString(),
          expiresAt: l.expiresAt.toISOString(),
          usedAt: l.usedAt ? l.usedAt.toISOString() : null,
        })),
      },
      messages: messages.map((m) => ({
        kind: m.kind,
        channel: m.channel,
        to: m.toAddress,
        subject: m.subject,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt ? m.sentAt.toISOString() : null,
      })),
    };
  });
}

export async function exportApplicantFile({
  actor,
  applicationId,
  format,
  locale,
}: {
  actor: OrgActor;
  applicationId: string;
  format: 'json' | 'pdf';
  locale: Locale;
}) {
  const data = await exportApplicantData({ actor, applicationId });
  const fileName = exportFileName(data, locale, format);
  if (format === 'json') {
    return {
      contentType: 'application/json; charset=utf-8',
      fileName,
      bytes: Buffer.from(JSON.stringify(data, null, 2), 'utf8'),
    };
  }
  const pdf = await runWorker<Uint8Array>('person-export', { applicant: data, locale });
  return { contentType: 'application/pdf', fileName, bytes: Buffer.from(pdf) };
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
