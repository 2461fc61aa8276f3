// One-time links for people without accounts: sent to an address a scope knows, redeemed once
// for a short scoped access, audited, purged.
import type { GuestAccessUse, GuestLinkRequestBody, GuestScope } from '@tutti/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../app-types';
import { type OrgActor, requirePermission } from '../auth/request-auth';
import { hashToken, randomToken } from '../auth/tokens';
import { AppError } from '../errors';
import { enqueueMail } from '../mail/outbox';
import { guestLinkMail, guestLinkText } from './guest-links.messages';
import * as links from './guest-links.repository';
import type { GuestAddress, GuestScopeDefinition } from './scopes';
import { deliverText, type SmsTransport } from './sms';

/** Accesses stay listed for the audit this long after they end. */
const AUDIT_DAYS = 90;

/** The page a link opens: it asks for a click before redeeming, so mail scanners do not use it. */
export function guestLinkUrl(publicUrl: string, token: string) {
  return `${publicUrl}/p/_/acces/${token}`;
}

export function addressOfRequest(input: GuestLinkRequestBody): GuestAddress {
  return input.email
    ? { channel: 'email', value: input.email }
    : { channel: 'sms', value: input.phone! };
}

/**
 * Runs after the answer: finds whether the scope knows the address in the organisation and, only
 * then, writes a link and its message. An unknown address or organisation leaves no trace.
 */
export async function sendGuestLink({
  deps,
  definition,
  sms,
  input,
}: {
  deps: AppDeps;
  definition: GuestScopeDefinition | undefined;
  sms: SmsTransport | null;
  input: GuestLinkRequestBody;
}) {
  const { database, config } = deps;
  if (!definition) return;
  const organisationName = await links.findOrganisationName(database.db, input.orgId);
  if (!organisationName) return;
  const address = addressOfRequest(input);
  const known = await database.withTenant({ orgId: input.orgId, userId: null }, (tx) =>
    definition.knows(tx, address),
  );
  if (!known) return;
  const locale = input.locale ?? 'fr';
  const token = randomToken();
  const link = guestLinkUrl(config.publicUrl, token);
  const minutes = Math.round(config.guestAccess.linkLifetimeMs / 60_000);
  const message =
    address.channel === 'email'
      ? guestLinkMail({
          locale,
          organisationName,
          purpose: definition.purpose[locale],
          link,
          minutes,
        })
      : guestLinkText({ locale, organisationName, link, minutes });
  const transportConfigured = address.channel === 'email' ? !!config.smtpUrl : !!sms;
  const outboxId = await database.db.transaction(async (tx) => {
    await links.insertLink(tx, {
      orgId: input.orgId,
      tokenHash: hashToken(token),
      scope: definition.scope,
      subject: address.value,
      expiresAt: new Date(Date.now() + config.guestAccess.linkLifetimeMs),
    });
    return enqueueMail(
      tx,
      {
        orgId: input.orgId,
        kind: `guest-link-${definition.scope}`,
        channel: address.channel,
        to: address.value,
        ...message,
      },
      transportConfigured,
    );
  });
  if (address.channel === 'sms' && sms) {
    await deliverText(database, sms, outboxId, { to: address.value, text: message.text });
  }
}

/** Uses the link, once: of concurrent attempts exactly one gets the access. */
export async function openGuestAccess({
  deps,
  token,
  log,
}: {
  deps: AppDeps;
  token: string;
  log: FastifyBaseLogger;
}) {
  const { database, config } = deps;
  const cookieToken = randomToken();
  const access = await database.db.transaction(async (tx) => {
    const link = await links.claimLink(tx, hashToken(token));
    if (!link) {
      throw new AppError('GUEST.LINK_INVALID', 'This link is unknown, already used or expired');
    }
    const row = await links.insertAccess(tx, {
      orgId: link.orgId,
      linkId: link.id,
      tokenHash: hashToken(cookieToken),
      scope: link.scope,
      subject: link.subject,
      expiresAt: new Date(Date.now() + config.guestAccess.accessLifetimeMs),
    });
    const organisationName = (await links.findOrganisationName(tx, link.orgId)) ?? '';
    return { ...row, orgId: link.orgId, organisationName, scope: link.scope, linkId: link.id };
  });
  // The audit trail in the logs names rows, never the address.
  log.info(
    { guestAccessId: access.id, linkId: access.linkId, orgId: access.orgId, scope: access.scope },
    'guest link used',
  );
  return { token: cookieToken, ...access };
}

export async function endGuestAccess({ deps, token }: { deps: AppDeps; token: string }) {
  await links.endAccess(deps.database.db, hashToken(token));
}

/** Who opened which kind of link and when: the organisation's admins only. */
export async function listGuestAccessUses({
  actor,
  limit,
  offset,
}: {
  actor: OrgActor;
  limit: number;
  offset: number;
}): Promise<{ total: number; items: GuestAccessUse[] }> {
  requirePermission(actor, 'guestAccess.audit');
  const { rows, total } = await actor.inTenant((tx) => links.listAccesses(tx, limit, offset));
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      scope: row.scope as GuestScope,
      subject: row.subject,
      openedAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      endedAt: row.endedAt?.toISOString() ?? null,
    })),
  };
}

/** The daily purge: used or expired links, and accesses past the audit period. */
export async function purgeGuestAccess({ deps }: { deps: AppDeps }) {
  const auditUntil = new Date(Date.now() - AUDIT_DAYS * 24 * 3_600_000);
  return links.purgeExpired(deps.database.db, auditUntil);
}
