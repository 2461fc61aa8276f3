// The time zone an organisation's days are read in, for every module that turns instants into dates.
import type { Executor } from '@tutti/db';
import { findTimeZone } from './organisations.repository';

/** The column's default, should the organisation not be visible in the transaction. */
const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** The organisation's IANA time zone, read in the caller's transaction. */
export async function organisationTimeZone(tx: Executor, orgId: string): Promise<string> {
  return (await findTimeZone(tx, orgId)) ?? DEFAULT_TIME_ZONE;
}
