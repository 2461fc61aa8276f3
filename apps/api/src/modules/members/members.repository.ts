// The only place with queries on memberships.
import type { Role } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, eq } from 'drizzle-orm';

const { memberships, users } = schema;

export async function listMembers(tx: Executor, orgId: string) {
  return tx
    .select({
      userId: memberships.userId,
      role: memberships.role,
      since: memberships.createdAt,
      displayName: users.displayName,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.displayName));
}

export async function findMember(tx: Executor, orgId: string, userId: string) {
  const [member] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return member ?? null;
}

export async function countAdmins(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ admins: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'admin')));
  return row?.admins ?? 0;
}

export async function setRole(tx: Executor, orgId: string, userId: string, role: Role) {
  await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
}

export async function deleteMember(tx: Executor, orgId: string, userId: string) {
  await tx
    .delete(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
}
