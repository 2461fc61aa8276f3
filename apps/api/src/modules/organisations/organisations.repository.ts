// The only place with queries on organisations.
import { type Executor, schema } from '@tutti/db';
import { eq } from 'drizzle-orm';

/** Creates the organisation with its first admin; runs as the owner since no tenant exists yet. */
export async function insertOrganisationWithAdmin(
  db: Executor,
  values: { name: string; isDemo?: boolean },
  adminUserId: string,
) {
  const [organisation] = await db.insert(schema.organisations).values(values).returning();
  await db
    .insert(schema.memberships)
    .values({ orgId: organisation!.id, userId: adminUserId, role: 'admin' });
  return organisation!;
}

/** Inside a tenant transaction: row-level security leaves only the current organisation. */
export async function findCurrentOrganisation(tx: Executor, orgId: string) {
  const [organisation] = await tx
    .select()
    .from(schema.organisations)
    .where(eq(schema.organisations.id, orgId));
  return organisation ?? null;
}

/** The current organisation's time zone alone (read on every roster and calendar). */
export async function findTimeZone(tx: Executor, orgId: string): Promise<string | null> {
  const [row] = await tx
    .select({ timeZone: schema.organisations.timeZone })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, orgId));
  return row?.timeZone ?? null;
}

export async function updateOrganisation(tx: Executor, orgId: string, values: { name: string }) {
  const [organisation] = await tx
    .update(schema.organisations)
    .set(values)
    .where(eq(schema.organisations.id, orgId))
    .returning();
  return organisation ?? null;
}

export type PublicProfileValues = {
  publicProfile: boolean;
  publicSlug: string | null;
  publicDescription: string | null;
  publicRegion: string | null;
};

export async function updatePublicProfile(
  tx: Executor,
  orgId: string,
  values: PublicProfileValues,
) {
  const [organisation] = await tx
    .update(schema.organisations)
    .set(values)
    .where(eq(schema.organisations.id, orgId))
    .returning();
  return organisation ?? null;
}

/** The organisation's highest price of a concert seat, in cents. */
export async function updateTicketPriceCap(tx: Executor, orgId: string, cents: number) {
  const [organisation] = await tx
    .update(schema.organisations)
    .set({ ticketPriceCapCents: cents })
    .where(eq(schema.organisations.id, orgId))
    .returning();
  return organisation ?? null;
}
