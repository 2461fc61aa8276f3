// The one definition of "a minor without a current guardian consent for participation", in SQL:
// here beside the tables it reads, since the queries of participants, groups and attendance all
// count or flag it.

import { minorAgeBands } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { participantConsents } from './schema/participants';

// Qualified by hand: Drizzle leaves columns unqualified in single-table queries, where `id`
// inside the subquery would then mean the consent's id.
const participantId = sql.raw('"participants"."id"');
const participantAgeBand = sql.raw('"participants"."age_band"');

/** True for a row of `participants` (not aliased) in an age band below 18. */
export const isMinorSql = sql<boolean>`(${participantAgeBand} in (${sql.join(
  minorAgeBands.map((band) => sql`${band}`),
  sql`, `,
)}))`;

/**
 * True for a participant row (of `participants`, in the enclosing query) who is a minor and
 * has no consent for `participation` that is not withdrawn.
 */
export const consentMissingSql = sql<boolean>`(${isMinorSql} and not exists (select 1 from ${participantConsents} where ${participantConsents.participantId} = ${participantId} and ${participantConsents.withdrawnOn} is null and 'participation' = any(${participantConsents.purposes})))`;
