// Server-side sessions: created at sign-in, looked up from the cookie, revoked at sign-out.
import type { Role } from '@tutti/contracts';
import { type Db, type Executor, schema } from '@tutti/db';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
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

/** The member's role in the organisation a request names, and that organisation's data version. */
export type Membership = { orgId: string; role: Role | null; dataVersion: number };

/**
 * The session lookup of every request, prepared once per database: with `orgId`, the same round
 * trip also reads the member's role there and the organisation's data version.
 */
function prepareSessionQueries(db: Db) {
  const { authSessions, users, memberships, orgDataVersions } = schema;
  const fields = {
    csrfToken: authSessions.csrfToken,
    lastSeenAt: authSessions.lastSeenAt,
    id: users.id,
    email: users.email,
    displayName: users.displayName,
    locale: users.locale,
  };
  const current = and(
    eq(authSessions.tokenHash, sql.placeholder('tokenHash')),
    gt(authSessions.expiresAt, sql`now()`),
  );
  return {
    session: db
      .select(fields)
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .where(current)
      .prepare('tutti_find_session'),
    sessionInOrg: db
      .select({ ...fields, role: memberships.role, dataVersion: orgDataVersions.version })
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .leftJoin(
        memberships,
        and(eq(memberships.userId, users.id), eq(memberships.orgId, sql.placeholder('orgId'))),
      )
      .leftJoin(orgDataVersions, eq(orgDataVersions.orgId, memberships.orgId))
      .where(current)
      .prepare('tutti_find_session_in_org'),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareSessionQueries>>();

function sessionQueries(db: Db) {
  let queries = prepared.get(db);
  if (!queries) {
    queries = prepareSessionQueries(db);
    prepared.set(db, queries);
  }
  return queries;
}

export async function findSession(
  db: Db,
  token: string,
  orgId?: string,
): Promise<{ session: OpenSession; membership: Membership | null } | null> {
  const tokenHash = hashToken(token);
  const queries = sessionQueries(db);
  let row: Awaited<ReturnType<typeof queries.session.execute>>[number] | undefined;
  let membership: Membership | null = null;
  if (orgId) {
    const [inOrg] = await queries.sessionInOrg.execute({ tokenHash, orgId });
    row = inOrg;
    if (inOrg) membership = { orgId, role: inOrg.role, dataVersion: inOrg.dataVersion ?? 0 };
  } else {
    [row] = await queries.session.execute({ tokenHash });
  }
  if (!row) return null;
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await db
      .update(schema.authSessions)
      .set({ lastSeenAt: new Date(now), expiresAt: new Date(now + IDLE_LIFETIME_MS) })
      .where(eq(schema.authSessions.tokenHash, tokenHash));
  }
  const { csrfToken, id, email, displayName, locale } = row;
  return {
    session: { tokenHash, csrfToken, user: { id, email, displayName, locale } },
    membership,
  };
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
