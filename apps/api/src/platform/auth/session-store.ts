// Server-side sessions: created at sign-in, looked up from the cookie, revoked at sign-out.
import { type Executor, schema } from '@tutti/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import { hashToken, randomToken } from './tokens';

export const SESSION_COOKIE = 'tutti_session';
const IDLE_LIFETIME_MS = 30 * 24 * 3600 * 1000;
// Sliding renewal is written at most once a day per session, not on every request.
const RENEW_AFTER_MS = 24 * 3600 * 1000;

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  locale: 'fr' | 'en' | 'de';
};

export type NewSession = Awaited<ReturnType<typeof createSession>>;

export type OpenSession = { tokenHash: string; csrfToken: string; user: SessionUser };

export async function createSession(db: Executor, userId: string) {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(schema.authSessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + IDLE_LIFETIME_MS),
  });
  return { token, csrfToken, userId, maxAgeSeconds: IDLE_LIFETIME_MS / 1000 };
}

export async function findSession(db: Executor, token: string): Promise<OpenSession | null> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const [row] = await db
    .select({
      csrfToken: schema.authSessions.csrfToken,
      lastSeenAt: schema.authSessions.lastSeenAt,
      id: schema.users.id,
      email: schema.users.email,
      displayName: schema.users.displayName,
      locale: schema.users.locale,
    })
    .from(schema.authSessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.authSessions.userId))
    .where(
      and(eq(schema.authSessions.tokenHash, tokenHash), gt(schema.authSessions.expiresAt, now)),
    );
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await db
      .update(schema.authSessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + IDLE_LIFETIME_MS) })
      .where(eq(schema.authSessions.tokenHash, tokenHash));
  }
  const { csrfToken, id, email, displayName, locale } = row;
  return { tokenHash, csrfToken, user: { id, email, displayName, locale } };
}

export async function deleteSession(db: Executor, tokenHash: string) {
  await db.delete(schema.authSessions).where(eq(schema.authSessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Executor, userId: string) {
  await db.delete(schema.authSessions).where(eq(schema.authSessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor) {
  await db.delete(schema.authSessions).where(lt(schema.authSessions.expiresAt, new Date()));
}
