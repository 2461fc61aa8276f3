// The only place with queries on member invitations.
import type { Role } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
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

/**
 * Marks the invitation used if it still is usable, in the caller's transaction: of two
 * simultaneous accepts, the second waits for the first's row lock, then finds it used.
 */
export async function claimMemberInvitation(tx: Executor, id: string) {
  const [row] = await tx
    .update(memberInvitations)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(
        eq(memberInvitations.id, id),
        isNull(memberInvitations.acceptedAt),
        isNull(memberInvitations.revokedAt),
        gt(memberInvitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: memberInvitations.id });
  return !!row;
}

export async function insertMembership(
  db: Executor,
  values: { orgId: string; userId: string; role: Role },
) {
  await db.insert(schema.memberships).values(values);
}

/**
 * A batch of invitations that ended (accepted, revoked or expired) before `before`, in every
 * organisation, deleted with the address they were sent to (the retention purge).
 */
export async function deleteEndedMemberInvitations(db: Executor, before: Date, limit: number) {
  const invitations = schema.memberInvitations;
  const ended = db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      sql`least(coalesce(${invitations.acceptedAt}, 'infinity'), coalesce(${invitations.revokedAt}, 'infinity'), ${invitations.expiresAt}) < ${before.toISOString()}`,
    )
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .delete(invitations)
    .where(inArray(invitations.id, ended))
    .returning({ orgId: invitations.orgId });
}
