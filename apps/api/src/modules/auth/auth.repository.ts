// The only place with queries on users and account tokens.
import { type Executor, schema } from '@tutti/db';
import { and, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import { hashToken, randomToken } from '../../platform/auth/tokens';

type Purpose = (typeof schema.accountTokenPurposes)[number];

export async function findUserByEmail(db: Executor, email: string) {
  const [user] = await db.select().from(schema.users).where(eq(schema.users.email, email));
  return user ?? null;
}

export async function findUserById(db: Executor, id: string) {
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, id));
  return user ?? null;
}

export async function insertUser(db: Executor, values: typeof schema.users.$inferInsert) {
  const [user] = await db.insert(schema.users).values(values).returning();
  return user!;
}

export async function updateUser(
  db: Executor,
  id: string,
  values: Partial<typeof schema.users.$inferInsert>,
) {
  const [user] = await db
    .update(schema.users)
    .set(values)
    .where(eq(schema.users.id, id))
    .returning();
  return user ?? null;
}

export async function issueAccountToken(
  db: Executor,
  userId: string,
  purpose: Purpose,
  lifetimeMs: number,
): Promise<string> {
  const token = randomToken();
  await db.insert(schema.accountTokens).values({
    tokenHash: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(Date.now() + lifetimeMs),
  });
  return token;
}

/** Marks a valid token used and returns its user id; an unknown, used or expired one gives null. */
export async function consumeAccountToken(db: Executor, token: string, purpose: Purpose) {
  const [row] = await db
    .update(schema.accountTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(schema.accountTokens.tokenHash, hashToken(token)),
        eq(schema.accountTokens.purpose, purpose),
        isNull(schema.accountTokens.usedAt),
        gt(schema.accountTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: schema.accountTokens.userId });
  return row?.userId ?? null;
}

export async function listMemberships(db: Executor, userId: string) {
  return db
    .select({
      orgId: schema.organisations.id,
      orgName: schema.organisations.name,
      isDemo: schema.organisations.isDemo,
      role: schema.memberships.role,
    })
    .from(schema.memberships)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.memberships.orgId))
    .where(eq(schema.memberships.userId, userId))
    .orderBy(schema.organisations.name);
}

/** A batch of e-mail tokens used or expired before `before`, deleted (the retention purge). */
export async function deleteSpentAccountTokens(db: Executor, before: Date, limit: number) {
  const tokens = schema.accountTokens;
  const spent = db
    .select({ tokenHash: tokens.tokenHash })
    .from(tokens)
    .where(or(lt(tokens.expiresAt, before), lt(tokens.usedAt, before)))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .delete(tokens)
    .where(inArray(tokens.tokenHash, spent))
    .returning({ tokenHash: tokens.tokenHash });
}
