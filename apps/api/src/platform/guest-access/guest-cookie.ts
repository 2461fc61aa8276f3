// The cookie of a guest access, and the guard that routes of a scope put first.
import type { GuestScope } from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../auth/tokens';
import { AppError } from '../errors';
import { findCurrentAccess } from './guest-links.repository';
import { addressOf, type GuestAddress } from './scopes';

export const GUEST_COOKIE = 'tutti_guest';

/** Someone without an account, inside one scope of one organisation until `expiresAt`. */
export type GuestActor = {
  accessId: string;
  orgId: string;
  organisationName: string;
  /** The organisation's time zone, to show times on its clocks. */
  timeZone: string;
  scope: GuestScope;
  address: GuestAddress;
  expiresAt: Date;
  /** A transaction that sees only the organisation's rows; the scope narrows further. */
  inTenant<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
};

export function setGuestCookie(
  reply: FastifyReply,
  access: { token: string; expiresAt: Date },
  secure: boolean,
) {
  reply.setCookie(GUEST_COOKIE, access.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: access.expiresAt,
  });
}

export function clearGuestCookie(reply: FastifyReply) {
  reply.clearCookie(GUEST_COOKIE, { path: '/' });
}

/** The guest access the request's cookie holds, or null (none, ended, expired). */
export async function findGuest(
  request: FastifyRequest,
  database: TuttiDatabase,
): Promise<GuestActor | null> {
  const token = request.cookies[GUEST_COOKIE];
  if (!token) return null;
  const row = await findCurrentAccess(database.db, hashToken(token));
  if (!row) return null;
  return {
    accessId: row.id,
    orgId: row.orgId,
    organisationName: row.organisationName,
    timeZone: row.timeZone,
    scope: row.scope,
    address: addressOf(row.subject),
    expiresAt: row.expiresAt,
    inTenant: (work) => database.withTenant({ orgId: row.orgId, userId: null }, work),
  };
}

/** The guest of `scope`; anyone else (no access, another scope) gets a 401. */
export async function requireGuest(
  request: FastifyRequest,
  database: TuttiDatabase,
  scope: GuestScope,
): Promise<GuestActor> {
  const guest = await findGuest(request, database);
  if (!guest || guest.scope !== scope) {
    throw new AppError('AUTH.UNAUTHENTICATED', 'Open the link you received first');
  }
  return guest;
}
