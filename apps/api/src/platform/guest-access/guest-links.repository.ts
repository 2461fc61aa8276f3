// The only place with queries on one-time links and guest accesses. Links and accesses are found
// by token before any organisation is known, so these run as the owner role, like logins.
import type { GuestScope } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';

const { guestAccessLinks, guestAccesses, organisations } = schema;

export async function insertLink(
  db: Executor,
  values: {
    orgId: string;
    tokenHash: string;
    scope: GuestScope;
    subject: string;
    expiresAt: Date;
  },
) {
  await db.insert(guestAccessLinks).values(values);
}

/**
 * Marks the link used if it is unused and current, in one conditional update: of any number of
 * concurrent redemptions, the row lock lets exactly one see `used_at is null`.
 */
export async function claimLink(db: Executor, tokenHash: string) {
  const [link] = await db
    .update(guestAccessLinks)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(guestAccessLinks.tokenHash, tokenHash),
        isNull(guestAccessLinks.usedAt),
        gt(guestAccessLinks.expiresAt, sql`now()`),
      ),
    )
    .returning({
      id: guestAccessLinks.id,
      orgId: guestAccessLinks.orgId,
      scope: guestAccessLinks.scope,
      subject: guestAccessLinks.subject,
    });
  return link ?? null;
}

export async function insertAccess(
  db: Executor,
  values: {
    orgId: string;
    linkId: string;
    tokenHash: string;
    scope: GuestScope;
    subject: string;
    expiresAt: Date;
  },
) {
  const [row] = await db
    .insert(guestAccesses)
    .values(values)
    .returning({ id: guestAccesses.id, expiresAt: guestAccesses.expiresAt });
  return row!;
}

/** The current access a cookie names, with its organisation; null when unknown, ended or expired. */
export async function findCurrentAccess(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      id: guestAccesses.id,
      orgId: guestAccesses.orgId,
      scope: guestAccesses.scope,
      subject: guestAccesses.subject,
      expiresAt: guestAccesses.expiresAt,
      organisationName: organisations.name,
      timeZone: organisations.timeZone,
    })
    .from(guestAccesses)
    .innerJoin(organisations, eq(organisations.id, guestAccesses.orgId))
    .where(
      and(
        eq(guestAccesses.tokenHash, tokenHash),
        isNull(guestAccesses.endedAt),
        gt(guestAccesses.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

export async function endAccess(db: Executor, tokenHash: string) {
  await db
    .update(guestAccesses)
    .set({ endedAt: sql`now()` })
    .where(and(eq(guestAccesses.tokenHash, tokenHash), isNull(guestAccesses.endedAt)));
}

export async function findOrganisationName(db: Executor, orgId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.name ?? null;
}

/** The organisation's link uses, newest first (inside its tenant transaction). */
export async function listAccesses(db: Executor, limit: number, offset: number) {
  const rows = await db
    .select()
    .from(guestAccesses)
    .orderBy(desc(guestAccesses.createdAt))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(guestAccesses);
  return { rows, total: total?.n ?? 0 };
}

/** Deletes links past their expiry and accesses ended or expired before `auditUntil`. */
export async function purgeExpired(db: Executor, auditUntil: Date) {
  const links = await db
    .delete(guestAccessLinks)
    .where(lt(guestAccessLinks.expiresAt, sql`now()`))
    .returning({ id: guestAccessLinks.id });
  const accesses = await db
    .delete(guestAccesses)
    .where(or(lt(guestAccesses.expiresAt, auditUntil), lt(guestAccesses.endedAt, auditUntil)))
    .returning({ id: guestAccesses.id });
  return { links: links.length, accesses: accesses.length };
}
