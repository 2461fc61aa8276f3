// What a person's rights read and erase of their applications to calls, inside the caller's
// transaction. An applicant is found as the participant they were matched to, or by the address
// they applied from. Erasure deletes drafts; a submitted application loses its identity, answers,
// recordings and the jurors' comments, and keeps its random code, part, decision and the jurors'
// scores without a name: the ranking, the other applicants' places and each juror's calibration
// were computed with them, and removing them would change results already given to others.
import type { ApplicationData } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { deleteFileRecords } from '../media';
import { forgetApplications } from './applications.repository';
import { textIn } from './calls.presenter';
import { placeTexts } from './i18n/applicant-place';

const { calls, callApplications, callAssignments, callRecordings, files } = schema;

/** Whose applications: a participant's, and those sent from some addresses. */
export type ApplicantMatch = { participantId: string | null; emails: string[] };

function matching(match: ApplicantMatch): SQL {
  const emails = [...new Set(match.emails.map((e) => e.toLowerCase()))];
  const byEmail =
    emails.length > 0 ? inArray(sql`lower(${callApplications.email})`, emails) : undefined;
  const byPerson = match.participantId
    ? eq(callApplications.participantId, match.participantId)
    : undefined;
  return or(byEmail, byPerson) ?? sql`false`;
}

function applicationsOf(tx: Executor, match: ApplicantMatch) {
  return tx
    .select({ application: callApplications, call: calls })
    .from(callApplications)
    .innerJoin(calls, eq(calls.id, callApplications.callId))
    .where(matching(match))
    .orderBy(asc(callApplications.createdAt), asc(callApplications.id));
}

/** The addresses these applications were sent from (their receipts and links went there). */
export async function applicantAddresses(tx: Executor, match: ApplicantMatch) {
  const rows = await tx
    .select({ email: callApplications.email })
    .from(callApplications)
    .where(matching(match));
  return [...new Set(rows.map((r) => r.email))];
}

/** The address of one application, to find all of that applicant's (null when unknown). */
export async function applicantOfApplication(tx: Executor, orgId: string, applicationId: string) {
  const [row] = await tx
    .select({ email: callApplications.email })
    .from(callApplications)
    .where(and(eq(callApplications.orgId, orgId), eq(callApplications.id, applicationId)));
  return row ?? null;
}

/** The applications, as their applicant may read them (export). */
export async function readPersonCallData(
  tx: Executor,
  match: ApplicantMatch,
): Promise<ApplicationData[]> {
  const rows = await applicationsOf(tx, match);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.application.id);
  const recordings = await tx
    .select({
      applicationId: callRecordings.applicationId,
      key: callRecordings.key,
      createdAt: callRecordings.createdAt,
      fileName: files.fileName,
      durationMs: files.durationMs,
    })
    .from(callRecordings)
    .leftJoin(files, eq(files.id, callRecordings.fileId))
    .where(inArray(callRecordings.applicationId, ids))
    .orderBy(asc(callRecordings.createdAt));
  const evaluations = await tx
    .select({
      applicationId: callAssignments.applicationId,
      scores: callAssignments.scores,
      recordingQuality: callAssignments.recordingQuality,
      total: callAssignments.total,
      note: callAssignments.note,
    })
    .from(callAssignments)
    .where(
      and(
        inArray(callAssignments.applicationId, ids),
        isNotNull(callAssignments.submittedAt),
        isNull(callAssignments.recusedAt),
      ),
    )
    .orderBy(asc(callAssignments.applicationId), asc(callAssignments.userId));
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return rows.map(({ application: a, call }) => {
    const lang = a.locale;
    const fieldLabel = (key: string) => {
      const field = call.fields.find((f) => f.key === key);
      return field ? textIn(field.label, lang) : key;
    };
    const criterion = (key: string) => {
      const c = call.criteria.find((x) => x.key === key);
      return c ? textIn(c.label, lang) : key;
    };
    const recordingLabel = (key: string) => {
      const spec = call.recordings.find((r) => r.key === key);
      return spec ? textIn(spec.label, lang) : key;
    };
    const results = a.notifiedAt !== null;
    return {
      applicationId: a.id,
      callTitle: textIn(call.title, lang),
      code: a.code,
      email: a.email,
      name: a.name,
      locale: lang,
      part: a.part,
      status: a.status,
      createdAt: a.createdAt.toISOString(),
      submittedAt: iso(a.submittedAt),
      answers: [
        ...Object.entries(a.answers).map(([key, answer]) => ({
          question: fieldLabel(key),
          answer,
        })),
        // The place to record they gave (commune, no place to record), as read on their page.
        ...(a.communeName ? [{ question: placeTexts[lang].commune, answer: a.communeName }] : []),
        ...(a.needsRecordingDay
          ? [{ question: placeTexts[lang].needsRecordingDay, answer: VOCABULARY[lang].boolean.yes }]
          : []),
      ],
      recordings: recordings
        .filter((r) => r.applicationId === a.id)
        .map((r) => ({
          label: recordingLabel(r.key),
          fileName: r.fileName,
          durationMs: r.durationMs,
          uploadedAt: r.createdAt.toISOString(),
        })),
      decision: results ? a.decision : null,
      decisionReason: results ? a.decisionReason : null,
      notifiedAt: iso(a.notifiedAt),
      evaluationsPending: !results,
      evaluations: results
        ? evaluations
            .filter((e) => e.applicationId === a.id)
            .map((e, index) => ({
              juror: String(index + 1),
              scores: Object.entries(e.scores).map(([key, score]) => ({
                criterion: criterion(key),
                score,
              })),
              recordingQuality: e.recordingQuality,
              total: e.total,
              comment: e.note,
            }))
        : [],
    };
  });
}

/** What erasure would remove (applications, recordings) and keep (anonymous scores). */
export async function countPersonCallData(tx: Executor, match: ApplicantMatch) {
  const rows = await applicationsOf(tx, match);
  const identified = rows.filter(({ application: a }) => !a.email.startsWith('erased:'));
  const ids = rows.map((r) => r.application.id);
  const recordings =
    ids.length === 0
      ? []
      : await tx
          .select({ id: callRecordings.id })
          .from(callRecordings)
          .where(inArray(callRecordings.applicationId, ids));
  const submittedIds = rows
    .filter((r) => r.application.status !== 'draft')
    .map((r) => r.application.id);
  const scores =
    submittedIds.length === 0
      ? []
      : await tx
          .select({ id: callAssignments.applicationId })
          .from(callAssignments)
          .where(
            and(
              inArray(callAssignments.applicationId, submittedIds),
              isNotNull(callAssignments.submittedAt),
            ),
          );
  return { applications: identified.length, recordings: recordings.length, scores: scores.length };
}

/**
 * Erases the applications: drafts are deleted; submitted ones keep their code, part, status,
 * decision and the jurors' scores, and lose the name, address, answers, decision's reason, the
 * link to the participant, the recordings (rows and files) and the jurors' comments. Returns the
 * storage keys of the recordings' bytes, to remove once the transaction commits.
 */
export async function erasePersonCallData(tx: Executor, orgId: string, match: ApplicantMatch) {
  const rows = await applicationsOf(tx, match);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.application.id);
  const fileIds = (
    await tx
      .select({ fileId: callRecordings.fileId })
      .from(callRecordings)
      .where(inArray(callRecordings.applicationId, ids))
  ).flatMap((r) => (r.fileId ? [r.fileId] : []));
  await tx.delete(callRecordings).where(inArray(callRecordings.applicationId, ids));
  const keys = fileIds.length > 0 ? await deleteFileRecords(tx, orgId, fileIds) : [];
  await forgetApplications(
    tx,
    rows.map((r) => ({ id: r.application.id, status: r.application.status })),
  );
  return keys;
}
