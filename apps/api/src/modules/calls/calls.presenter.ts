// Shapes call and application rows for the API; the applicant code and the call's clock.
import { randomInt } from 'node:crypto';
import type { Application, Call } from '@tutti/contracts';
import { localDateTimeToUtc, toLocalDateTime } from '@tutti/kit/dates';
import { AppError } from '../../platform/errors';
import type { ApplicationRow } from './applications.repository';
import type { CallRow } from './calls.repository';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** What jurors see instead of a name: `K7Q-3PF` (31⁶ ≈ 9·10⁸ codes per call). */
export function newApplicantCode() {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export { textIn } from '@tutti/contracts';

export function isOpen(call: Pick<CallRow, 'phase' | 'opensAt' | 'closesAt'>, now = new Date()) {
  return call.phase === 'published' && call.opensAt <= now && now < call.closesAt;
}

/**
 * Once a published call has opened, applicants have read its form and criteria: they stay as
 * published (the web editor shows them read-only; a change is 409 CALL.CRITERIA_FROZEN).
 */
export function formFrozen(call: Pick<CallRow, 'phase' | 'opensAt'>, now = new Date()) {
  return call.phase !== 'draft' && call.opensAt <= now;
}

/** A local date and time of the call's zone as an instant; 400 naming the field otherwise. */
export function instantOf(local: string, timeZone: string, field: string) {
  const instant = localDateTimeToUtc(local, timeZone);
  if (!instant) {
    throw new AppError('CALL.INVALID_DATES', 'This time does not exist in the time zone', {
      fields: [{ path: field, message: 'No such time in the time zone (clocks change)' }],
    });
  }
  return instant;
}

export function presentCall(
  row: CallRow,
  extra: {
    jurors: Call['jurors'];
    counts: Call['counts'];
    blindJuror: boolean;
  },
): Call {
  return {
    id: row.id,
    publicCode: row.publicCode,
    title: row.title,
    description: row.description,
    eligibility: row.eligibility,
    timeZone: row.timeZone,
    opensAt: toLocalDateTime(row.opensAt, row.timeZone),
    closesAt: toLocalDateTime(row.closesAt, row.timeZone),
    fields: row.fields,
    recordings: row.recordings,
    criteria: row.criteria,
    parts: row.parts,
    retentionMonths: row.retentionMonths,
    phase: row.phase,
    open: isOpen(row),
    formFrozen: formFrozen(row),
    revisionUntil: row.revisionUntil?.toISOString() ?? null,
    scoresLockedAt: row.scoresLockedAt?.toISOString() ?? null,
    resultsAt: row.resultsAt?.toISOString() ?? null,
    jurors: extra.jurors,
    counts: extra.counts,
    blindJuror: extra.blindJuror,
  };
}

export type RecordingState = {
  applicationId: string;
  key: string;
  status: string | null;
  durationMs: number | null;
};

/** A recording's state for applicant and chair: longer than allowed reads `tooLong`. */
export function recordingStatus(call: CallRow, recording: RecordingState | undefined) {
  if (!recording?.status) return null;
  const spec = call.recordings.find((r) => r.key === recording.key);
  if (
    recording.status === 'ready' &&
    spec &&
    recording.durationMs !== null &&
    recording.durationMs > spec.maxSeconds * 1000 + 999
  ) {
    return 'tooLong' as const;
  }
  return recording.status as 'uploading' | 'processing' | 'ready' | 'rejected' | 'failed';
}

export function presentApplication(
  call: CallRow,
  row: ApplicationRow,
  recordings: RecordingState[],
): Application {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    email: row.email,
    locale: row.locale,
    part: row.part,
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    shortlisted: row.shortlisted,
    decision: row.decision,
    decisionReason: row.decisionReason,
    notifiedAt: row.notifiedAt?.toISOString() ?? null,
    answers: row.answers,
    recordings: recordings
      .filter((r) => r.applicationId === row.id)
      .map((r) => ({
        key: r.key,
        status: recordingStatus(call, r) ?? 'missing',
        durationMs: r.durationMs,
      })),
    needsRecordingDay: row.needsRecordingDay,
    commune: communeOf(row),
  };
}

/** The commune an applicant gave, as stored with its name (null: none). */
export function communeOf(row: { communeCode: string | null; communeName: string | null }) {
  return row.communeCode
    ? { code: row.communeCode, name: row.communeName ?? row.communeCode }
    : null;
}
