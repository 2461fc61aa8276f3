// The only place with queries on partners' contact persons.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray, lt } from 'drizzle-orm';

const { partnerContacts } = schema;

export type ContactRow = typeof partnerContacts.$inferSelect;
export type ContactValues = Pick<ContactRow, 'name'> &
  Partial<Pick<ContactRow, 'jobTitle' | 'email' | 'phone'>>;

export async function listContacts(tx: Executor, orgId: string, partnerId: string) {
  return tx
    .select()
    .from(partnerContacts)
    .where(and(eq(partnerContacts.orgId, orgId), eq(partnerContacts.partnerId, partnerId)))
    .orderBy(asc(partnerContacts.name), asc(partnerContacts.id));
}

/** Every contact of the organisation's partners at once (exports), in the order of `listContacts`. */
export async function listOrganisationContacts(tx: Executor, orgId: string) {
  return tx
    .select()
    .from(partnerContacts)
    .where(eq(partnerContacts.orgId, orgId))
    .orderBy(asc(partnerContacts.name), asc(partnerContacts.id));
}

export async function insertContact(
  tx: Executor,
  orgId: string,
  partnerId: string,
  values: ContactValues,
) {
  const [row] = await tx
    .insert(partnerContacts)
    .values({ ...values, orgId, partnerId })
    .returning();
  return row!;
}

export async function updateContact(
  tx: Executor,
  where: { orgId: string; partnerId: string; contactId: string },
  values: Partial<ContactValues>,
) {
  const [row] = await tx
    .update(partnerContacts)
    .set({ ...values, updatedAt: new Date() })
    .where(
      and(
        eq(partnerContacts.orgId, where.orgId),
        eq(partnerContacts.partnerId, where.partnerId),
        eq(partnerContacts.id, where.contactId),
      ),
    )
    .returning();
  return row ?? null;
}

export async function deleteContact(
  tx: Executor,
  where: { orgId: string; partnerId: string; contactId: string },
) {
  const rows = await tx
    .delete(partnerContacts)
    .where(
      and(
        eq(partnerContacts.orgId, where.orgId),
        eq(partnerContacts.partnerId, where.partnerId),
        eq(partnerContacts.id, where.contactId),
      ),
    )
    .returning({ id: partnerContacts.id });
  return rows.length > 0;
}

/**
 * A batch of contacts of partners archived before `before`, in every organisation, deleted
 * (the retention purge); the partner itself stays for the history of projects.
 */
export async function deleteContactsOfPartnersArchivedBefore(
  db: Executor,
  before: Date,
  limit: number,
) {
  const { partners } = schema;
  const old = db
    .select({ id: partnerContacts.id })
    .from(partnerContacts)
    .innerJoin(partners, eq(partners.id, partnerContacts.partnerId))
    .where(lt(partners.archivedAt, before))
    .limit(limit)
    .for('update', { of: partnerContacts, skipLocked: true });
  return db
    .delete(partnerContacts)
    .where(inArray(partnerContacts.id, old))
    .returning({ orgId: partnerContacts.orgId });
}
