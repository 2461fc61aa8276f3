// Logins (one per signed-in browser): created at sign-in, found from the cookie, deleted at sign-out.
import type { Role } from '@tutti/contracts';
import { type Db, type Executor, schema } from '@tutti/db';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { type StampValues, stampSql } from '../http/answer-dependencies';
import { hashToken, randomToken } from './tokens';

export const LOGIN_COOKIE = 'tutti_login';
/** The cookie's name before logins were called so: still read, browsers drop it within 30 days. */
export const LEGACY_LOGIN_COOKIE = 'tutti_session';
const IDLE_LIFETIME_MS = 30 * 24 * 3600 * 1000;
// Sliding renewal is written at most once a day per login, not on every request.
const RENEW_AFTER_MS = 24 * 3600 * 1000;

export type LoginUser = {
  id: string;
  email: string;
  displayName: string;
  locale: 'fr' | 'en' | 'de';
};

export type NewLogin = Awaited<ReturnType<typeof createLogin>>;

/** The login a request carries, with its signed-in user. */
export type Login = { tokenHash: string; csrfToken: string; user: LoginUser };

export async function createLogin(db: Executor, userId: string) {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(schema.logins).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + IDLE_LIFETIME_MS),
  });
  return { token, csrfToken, userId, maxAgeSeconds: IDLE_LIFETIME_MS / 1000 };
}

/** The member's role in the organisation a request names. */
export type Membership = { orgId: string; role: Role | null };

const placeholders = {
  orgId: sql.placeholder('orgId'),
  tables: sql.placeholder('tables'),
  artistIds: sql.placeholder('artistIds'),
  fromDay: sql.placeholder('fromDay'),
  toDay: sql.placeholder('toDay'),
  sessionTables: sql.placeholder('sessionTables'),
};

/**
 * The login lookup of every request, prepared once per database: with `orgId`, the same round
 * trip also reads the member's role there.
 */
function prepareLoginQueries(db: Db) {
  const { logins, users, memberships } = schema;
  const fields = {
    csrfToken: logins.csrfToken,
    lastSeenAt: logins.lastSeenAt,
    id: users.id,
    email: users.email,
    displayName: users.displayName,
    locale: users.locale,
  };
  const current = and(
    eq(logins.tokenHash, sql.placeholder('tokenHash')),
    gt(logins.expiresAt, sql`now()`),
  );
  return {
    login: db
      .select(fields)
      .from(logins)
      .innerJoin(users, eq(users.id, logins.userId))
      .where(current)
      .prepare('tutti_find_login'),
    loginInOrg: db
      .select({ ...fields, role: memberships.role })
      .from(logins)
      .innerJoin(users, eq(users.id, logins.userId))
      .leftJoin(
        memberships,
        and(eq(memberships.userId, users.id), eq(memberships.orgId, sql.placeholder('orgId'))),
      )
      .where(current)
      .prepare('tutti_find_login_in_org'),
    /** The same, and the stamp of a cached answer's versions: a hit costs one round trip. */
    loginInOrgWithStamp: db
      .select({ ...fields, role: memberships.role, stamp: stampSql(placeholders) })
      .from(logins)
      .innerJoin(users, eq(users.id, logins.userId))
      .leftJoin(
        memberships,
        and(eq(memberships.userId, users.id), eq(memberships.orgId, sql.placeholder('orgId'))),
      )
      .where(current)
      .prepare('tutti_find_login_in_org_with_stamp'),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareLoginQueries>>();

function loginQueries(db: Db) {
  let queries = prepared.get(db);
  if (!queries) {
    queries = prepareLoginQueries(db);
    prepared.set(db, queries);
  }
  return queries;
}

/**
 * The login of a token; with `orgId`, the member's role there; with `stamp`, the stamp of the
 * versions a cached answer depends on, read in the same statement (response-cache.ts).
 */
export async function findLoginByToken(
  db: Db,
  token: string,
  orgId?: string,
  stamp?: StampValues,
): Promise<{ login: Login; membership: Membership | null; stamp: string | null } | null> {
  const tokenHash = hashToken(token);
  const queries = loginQueries(db);
  let row: Awaited<ReturnType<typeof queries.login.execute>>[number] | undefined;
  let membership: Membership | null = null;
  let stampRead: string | null = null;
  if (orgId && stamp?.orgId === orgId) {
    const [inOrg] = await queries.loginInOrgWithStamp.execute({ tokenHash, ...stamp });
    row = inOrg;
    if (inOrg) {
      membership = { orgId, role: inOrg.role };
      stampRead = inOrg.stamp;
    }
  } else if (orgId) {
    const [inOrg] = await queries.loginInOrg.execute({ tokenHash, orgId });
    row = inOrg;
    if (inOrg) membership = { orgId, role: inOrg.role };
  } else {
    [row] = await queries.login.execute({ tokenHash });
  }
  if (!row) return null;
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await db
      .update(schema.logins)
      .set({ lastSeenAt: new Date(now), expiresAt: new Date(now + IDLE_LIFETIME_MS) })
      .where(eq(schema.logins.tokenHash, tokenHash));
  }
  const { csrfToken, id, email, displayName, locale } = row;
  return {
    login: { tokenHash, csrfToken, user: { id, email, displayName, locale } },
    membership,
    stamp: stampRead,
  };
}

export async function deleteLogin(db: Executor, tokenHash: string) {
  await db.delete(schema.logins).where(eq(schema.logins.tokenHash, tokenHash));
}

export async function deleteLoginsOfUser(db: Executor, userId: string) {
  await db.delete(schema.logins).where(eq(schema.logins.userId, userId));
}

/** A batch of logins expired before `now`, deleted (the retention purge). */
export async function deleteExpiredLogins(db: Executor, now: Date, limit: number) {
  const expired = db
    .select({ tokenHash: schema.logins.tokenHash })
    .from(schema.logins)
    .where(lt(schema.logins.expiresAt, now))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .delete(schema.logins)
    .where(inArray(schema.logins.tokenHash, expired))
    .returning({ tokenHash: schema.logins.tokenHash });
}
