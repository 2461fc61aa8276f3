// What a person's rights reach in the directory by the person's addresses: the requests for help
// to start an ensemble sent with a guardian's address (or the introduction's follow-up address).
// Called by person-rights inside its own transaction (the caller checks access); erasure clears
// their name, contact and message, and keeps the commune and dates for the map.
import type { PersonDataExport } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { anonymiseSupportRequestsTo, supportRequestsTo } from './directory.repository';

export async function readPersonSupportRequests(
  tx: Executor,
  addresses: readonly string[],
): Promise<PersonDataExport['supportRequests']> {
  return (await supportRequestsTo(tx, addresses)).map((row) => ({
    communeName: row.communeName,
    name: row.name,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    message: row.message,
    sentAt: row.createdAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
  }));
}

export async function countPersonSupportRequests(tx: Executor, addresses: readonly string[]) {
  return (await supportRequestsTo(tx, addresses)).length;
}

export async function erasePersonSupportRequests(tx: Executor, addresses: readonly string[]) {
  await anonymiseSupportRequestsTo(tx, addresses);
}
