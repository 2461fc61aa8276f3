// Reads the login cookie on every request and enforces the CSRF token on cookie-backed writes.
import { type Permission, type Role, rolesWith } from '@tutti/contracts';
import { schema, type TuttiDatabase, type Tx } from '@tutti/db';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { type Dependencies, stampValues } from '../http/answer-dependencies';
import {
  findLoginByToken,
  LEGACY_LOGIN_COOKIE,
  LOGIN_COOKIE,
  type Login,
  type Membership,
} from './login-store';
import { hashToken, sameSecret } from './tokens';

/** Which cached answer a login's read of a URL was: see ResponseCache.storedFor. */
export function hintKey(orgId: string, tokenHash: string, url: string) {
  return `${orgId} ${tokenHash} ${url}`;
}

/** A member acting inside one organisation; tenant data is reached only through `inTenant`. */
export type OrgActor = {
  userId: string;
  orgId: string;
  role: Role;
  inTenant<T>(work: (tx: Tx) => Promise<T>, options?: TenantOptions): Promise<T>;
};

export type TenantOptions = {
  sensitive?: boolean;
  /** For cached reads (platform/http/response-cache.ts): one snapshot for the whole work. */
  isolation?: 'repeatable read';
};

/** A member making a request. */
export type RequestActor = OrgActor;

declare module 'fastify' {
  interface FastifyRequest {
    login: Login | null;
    /** Read with the login when the route names an organisation (`:orgId`). */
    membership: Membership | null;
    /**
     * For a read this login made before and the cache still holds: the stamp of the stored
     * answer's versions, read with the login (`key`: the answer's; `dependencies`: the very
     * object stored with it).
     */
    answerStamp: { key: string; dependencies: Dependencies; stamp: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function registerRequestAuth(app: FastifyInstance, database: TuttiDatabase) {
  app.decorateRequest('login', null);
  app.decorateRequest('membership', null);
  app.decorateRequest('answerStamp', null);
  app.addHook('preHandler', async (request) => {
    // Public pages and their forms never act as a signed-in member: no login, no CSRF header.
    if (request.url.startsWith('/p/')) return;
    const token = request.cookies[LOGIN_COOKIE] ?? request.cookies[LEGACY_LOGIN_COOKIE];
    const orgId = (request.params as { orgId?: unknown } | undefined)?.orgId;
    const inOrg = isUuid(orgId) ? orgId : undefined;
    // A read answered before from the cache: its stamp comes with the login, in one round trip.
    const stored =
      token && inOrg && request.method === 'GET'
        ? request.server.responseCache.storedFor(hintKey(inOrg, hashToken(token), request.url))
        : undefined;
    const found = token
      ? await findLoginByToken(
          database.db,
          token,
          inOrg,
          stored && inOrg ? stampValues(inOrg, stored.dependencies) : undefined,
        )
      : null;
    request.login = found?.login ?? null;
    request.membership = found?.membership ?? null;
    request.answerStamp = stored && found?.stamp ? { ...stored, stamp: found.stamp } : null;
    if (request.login && !SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameSecret(header, request.login.csrfToken)) {
        throw new AppError('REQUEST.CSRF', 'Missing or wrong x-csrf-token header');
      }
    }
  });
}

export function requireLogin(request: FastifyRequest): Login {
  if (!request.login) throw new AppError('AUTH.UNAUTHENTICATED', 'Sign in first');
  return request.login;
}

/**
 * The signed-in member of `orgId`. Not being a member answers 404, exactly as for an
 * organisation that does not exist, so that ids of other organisations reveal nothing.
 */
export async function requireMember(
  request: FastifyRequest,
  database: TuttiDatabase,
  orgId: string,
): Promise<RequestActor> {
  const login = requireLogin(request);
  const membership =
    request.membership?.orgId === orgId
      ? request.membership
      : await findMembership(database, login.user.id, orgId);
  if (!membership?.role) throw new AppError('ORG.NOT_FOUND', 'Organisation not found');
  const scope = { orgId, userId: login.user.id };
  return {
    userId: login.user.id,
    orgId,
    role: membership.role,
    inTenant: (work, options) =>
      database.withTenant(
        { ...scope, sensitive: options?.sensitive ?? false, isolation: options?.isolation },
        work,
      ),
  };
}

/** The role read apart, for an organisation the route does not name. */
async function findMembership(
  database: TuttiDatabase,
  userId: string,
  orgId: string,
): Promise<Membership | null> {
  const [row] = await database.db
    .select({ role: schema.memberships.role })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
  return row ? { orgId, role: row.role } : null;
}

/** Access check on the first line of a service function, against the module's policy table. */
export function requirePermission(actor: OrgActor, permission: Permission) {
  const allowed = rolesWith(permission);
  if (!allowed.includes(actor.role)) {
    throw new AppError('AUTH.FORBIDDEN', `This needs one of the roles: ${allowed.join(', ')}`);
  }
}

export function setLoginCookie(
  reply: FastifyReply,
  login: { token: string; maxAgeSeconds: number },
  secure: boolean,
) {
  reply.setCookie(LOGIN_COOKIE, login.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: login.maxAgeSeconds,
  });
}

export function clearLoginCookie(reply: FastifyReply) {
  reply.clearCookie(LOGIN_COOKIE, { path: '/' });
  reply.clearCookie(LEGACY_LOGIN_COOKIE, { path: '/' });
}
