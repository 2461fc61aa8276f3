// The only place with queries on member invitations.
import type { Role } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq } from 'drizzle-orm';
import { hashToken } from '../../platform/auth/tokens';

const { memberInvitations, organisations } = schema;

export async function insertMemberInvitation(
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
  const [memberInvitation] = await tx.insert(memberInvitations).values(values).returning();
  return memberInvitation!;
}

export async function listMemberInvitations(tx: Executor, orgId: string) {
  return tx
    .select()
    .from(memberInvitations)
    .where(eq(memberInvitations.orgId, orgId))
    .orderBy(desc(memberInvitations.createdAt))
    .limit(500);
}

export async function revokeMemberInvitation(tx: Executor, orgId: string, id: string) {
  const [row] = await tx
    .update(memberInvitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(memberInvitations.orgId, orgId), eq(memberInvitations.id, id)))
    .returning();
  return row ?? null;
}

/** Looked up by the link's token, across organisations: runs as the owner. */
export async function findByToken(db: Executor, token: string) {
  const [row] = await db
    .select({ memberInvitation: memberInvitations, orgName: organisations.name })
    .from(memberInvitations)
    .innerJoin(organisations, eq(organisations.id, memberInvitations.orgId))
    .where(eq(memberInvitations.tokenHash, hashToken(token)));
  return row ?? null;
}

export async function markAccepted(db: Executor, id: string) {
  await db
    .update(memberInvitations)
    .set({ acceptedAt: new Date() })
    .where(eq(memberInvitations.id, id));
}

export async function insertMembership(
  db: Executor,
  values: { orgId: string; userId: string; role: Role },
) {
  await db.insert(schema.memberships).values(values);
}
