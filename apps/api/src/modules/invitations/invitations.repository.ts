// The only place with queries on invitations.
import type { Role } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq } from 'drizzle-orm';
import { hashToken } from '../../platform/auth/tokens';

const { invitations, organisations } = schema;

export async function insertInvitation(
  tx: Executor,
  values: {
    orgId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) {
  const [invitation] = await tx.insert(invitations).values(values).returning();
  return invitation!;
}

export async function listInvitations(tx: Executor, orgId: string) {
  return tx
    .select()
    .from(invitations)
    .where(eq(invitations.orgId, orgId))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
}

export async function revokeInvitation(tx: Executor, orgId: string, id: string) {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.orgId, orgId), eq(invitations.id, id)))
    .returning();
  return row ?? null;
}

/** Looked up by the link's token, across organisations: runs as the owner. */
export async function findByToken(db: Executor, token: string) {
  const [row] = await db
    .select({ invitation: invitations, orgName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  return row ?? null;
}

export async function markAccepted(db: Executor, id: string) {
  await db.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, id));
}

export async function insertMembership(
  db: Executor,
  values: { orgId: string; userId: string; role: Role },
) {
  await db.insert(schema.memberships).values(values);
}
