// The only place with queries on partners themselves, their list and what depends on them.
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { containsFolded, folded } from '../../platform/text-search';

const { partners, partnerContacts, partnerAgreements } = schema;

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerValues = Omit<typeof partners.$inferInsert, 'id' | 'orgId' | 'createdAt'>;

export type PartnerFilter = {
  q?: string | undefined;
  type?: PartnerRow['type'] | undefined;
  includeArchived: boolean;
};

function filterWhere(orgId: string, filter: PartnerFilter): SQL {
  const conditions: SQL[] = [eq(partners.orgId, orgId)];
  if (!filter.includeArchived) conditions.push(isNull(partners.archivedAt));
  if (filter.type) conditions.push(eq(partners.type, filter.type));
  if (filter.q) {
    conditions.push(
      containsFolded([partners.name, partners.communeName, partners.postalCode], filter.q),
    );
  }
  return and(...conditions)!;
}

// Drizzle writes a single-table query's columns unqualified; inside these subqueries the outer
// partner must be named in full, or "id" would be the contact's own.
const contactsCount = sql<number>`(select count(*)::int from ${partnerContacts} where ${partnerContacts.partnerId} = "partners"."id")`;
const agreementsCount = sql<number>`(select count(*)::int from ${partnerAgreements} where ${partnerAgreements.partnerId} = "partners"."id")`;

export async function listPartners(
  tx: Executor,
  orgId: string,
  filter: PartnerFilter,
  page: { limit: number; offset: number },
) {
  const where = filterWhere(orgId, filter);
  const rows = await tx
    .select({ partner: partners, contactsCount, agreementsCount })
    .from(partners)
    .where(where)
    .orderBy(asc(folded(partners.name)), asc(partners.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(partners).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findPartner(tx: Executor, orgId: string, partnerId: string) {
  const [row] = await tx
    .select()
    .from(partners)
    .where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)));
  return row ?? null;
}

export async function insertPartner(
  tx: Executor,
  orgId: string,
  values: PartnerValues & Pick<PartnerRow, 'name' | 'type'>,
) {
  const [row] = await tx
    .insert(partners)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function updatePartner(
  tx: Executor,
  orgId: string,
  partnerId: string,
  values: Partial<PartnerValues>,
) {
  const [row] = await tx
    .update(partners)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)))
    .returning();
  return row ?? null;
}

export async function deletePartner(tx: Executor, orgId: string, partnerId: string) {
  await tx.delete(partners).where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)));
}

/** Projects, groups and venues that name the partner; contacts and agreements go with it. */
export async function countPartnerDependents(tx: Executor, partnerId: string) {
  return {
    projects: await tx.$count(
      schema.projectPartners,
      eq(schema.projectPartners.partnerId, partnerId),
    ),
    groups: await tx.$count(schema.groups, eq(schema.groups.partnerId, partnerId)),
    venues: await tx.$count(schema.venues, eq(schema.venues.partnerId, partnerId)),
  };
}

/** The venues linked to a partner, for its detail page. */
export async function listPartnerVenues(tx: Executor, orgId: string, partnerId: string) {
  return tx
    .select({ id: schema.venues.id, name: schema.venues.name })
    .from(schema.venues)
    .where(and(eq(schema.venues.orgId, orgId), eq(schema.venues.partnerId, partnerId)))
    .orderBy(asc(schema.venues.name));
}
