// The applicant's place to record: the commune they live in (typed as a name, a postal code or
// an INSEE code, understood with the communes' search) and whether they have no place to record,
// so that a supervised recording day on a tour stop near them can be proposed.
import type { ApplicantUpdateBody } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { AppError } from '../../platform/errors';
import { communeReference } from '../communes';
import type { ApplicationRow, ApplicationValues } from './applications.repository';

/**
 * What the applicant typed as a commune: the best match (a name as typed, else the most
 * populous commune of a postal code); '' or null clears it; undefined leaves it.
 * 400 CALL.UNKNOWN_COMMUNE naming `body.commune` when nothing matches.
 */
export async function resolveApplicantCommune(
  database: TuttiDatabase,
  text: string | null | undefined,
): Promise<{ code: string; name: string } | null | undefined> {
  if (text === undefined) return undefined;
  if (text === null || text.trim() === '') return null;
  const [match] = (await communeReference(database)).search().search(text, { limit: 1 });
  if (!match) {
    const message = `No commune matches ${text.slice(0, 60)}`;
    throw new AppError('CALL.UNKNOWN_COMMUNE', message, {
      fields: [{ path: 'body.commune', message }],
    });
  }
  const { commune } = match;
  const department = commune.country === 'FR' ? commune.departmentCode : null;
  return { code: commune.id, name: department ? `${commune.name} (${department})` : commune.name };
}

/**
 * The columns an update writes for the place to record; asking for a recording day without a
 * commune is 400 CALL.INCOMPLETE naming `body.commune` (the team needs it to find a stop).
 */
export function placeValues(
  application: ApplicationRow,
  input: ApplicantUpdateBody,
  commune: { code: string; name: string } | null | undefined,
): ApplicationValues {
  const values: ApplicationValues = {};
  if (commune !== undefined) {
    values.communeCode = commune?.code ?? null;
    values.communeName = commune?.name ?? null;
  }
  if (input.needsRecordingDay !== undefined) values.needsRecordingDay = input.needsRecordingDay;
  const needs = values.needsRecordingDay ?? application.needsRecordingDay;
  const code = values.communeCode === undefined ? application.communeCode : values.communeCode;
  if (needs && !code) {
    const message = 'Give your commune to be offered a recording day near you';
    throw new AppError('CALL.INCOMPLETE', message, {
      fields: [{ path: 'body.commune', message }],
    });
  }
  return values;
}
