// Partners read by id for other modules (the box office's relays), inside the caller's
// transaction: the caller checks access.
import { type Executor, schema } from '@tutti/db';
import { inArray } from 'drizzle-orm';

const { partners } = schema;

/** The partners of the organisation among `partnerIds` (others are absent): name and commune. */
export async function findPartnersByIds(tx: Executor, partnerIds: string[]) {
  if (partnerIds.length === 0) return [];
  return tx
    .select({
      id: partners.id,
      name: partners.name,
      communeCode: partners.communeCode,
      archivedAt: partners.archivedAt,
    })
    .from(partners)
    .where(inArray(partners.id, partnerIds));
}
