// The only place with queries on partners' contact persons.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq } from 'drizzle-orm';

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
