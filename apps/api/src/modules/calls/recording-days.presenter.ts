// Shapes a tour stop and the recording day proposed to an applicant for the API.
import type { RecordingDay, RecordingStop } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { toLocalDateTime } from '@tutti/kit/dates';
import * as days from './recording-days.repository';

export type LocatedStop = { row: days.StopRow; distanceKm: number };

export function presentStop({ row, distanceKm }: LocatedStop): RecordingStop {
  return {
    sessionId: row.sessionId,
    title: row.title ?? row.projectName,
    startsAt: toLocalDateTime(row.startsAt, row.timeZone),
    endsAt: toLocalDateTime(row.endsAt, row.timeZone),
    timeZone: row.timeZone,
    venueName: row.venueName,
    communeName: row.communeName,
    distanceKm,
  };
}

/** The day proposed to one application, for the applicant's page (null when none). */
export async function recordingDayOf(tx: Tx, applicationId: string): Promise<RecordingDay | null> {
  const [row] = await days.recordingDaysOf(tx, [applicationId]);
  if (!row) return null;
  return {
    ...presentStop({ row, distanceKm: row.distanceKm }),
    communeCode: row.applicantCommune,
    proposedAt: row.proposedAt.toISOString(),
  };
}
