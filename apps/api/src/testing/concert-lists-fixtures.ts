// Helpers of the waiting list's and group orders' tests: forms posted as a browser would, the
// e-mails an address received, an order's or an entry's secret from a redirect.
import { schema } from '@tutti/db';
import { asc, eq } from 'drizzle-orm';
import type { TestApp } from './test-app';

/** Posts a form of a public page as a browser on the same site would (URL-encoded). */
export function postForm(t: TestApp, url: string, fields: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: url.includes('?') ? url : `${url}?lang=fr`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** Signs a party up on a concert's waiting list from its page. */
export function joinWaitingList(
  t: TestApp,
  concert: { slug: string; code: string },
  party: { name: string; email: string; seats: number; phone?: string },
) {
  return postForm(t, `/p/${concert.slug}/e/${concert.code}/liste-attente`, {
    'wl-party': String(party.seats),
    'wl-name': party.name,
    'wl-email': party.email,
    ...(party.phone ? { 'wl-phone': party.phone } : {}),
  });
}

/** The secret at the end of a redirect's path (`/p/<org>/attente/<secret>?lang=fr`). */
export function secretOf(location: unknown): string {
  const path = String(location).split('?')[0] ?? '';
  return path.split('/').pop() ?? '';
}

/** The e-mails queued to `address`, oldest first. */
export function mailsTo(t: TestApp, address: string) {
  return t.database.db
    .select({
      kind: schema.outboxMessages.kind,
      subject: schema.outboxMessages.subject,
      text: schema.outboxMessages.bodyText,
    })
    .from(schema.outboxMessages)
    .where(eq(schema.outboxMessages.toAddress, address))
    .orderBy(asc(schema.outboxMessages.createdAt), asc(schema.outboxMessages.id));
}

/**
 * A waiting list entry of the contract tests' concert, written as the owner. It already holds an
 * offer for weeks, so the five-minute seat sweep has nothing to offer it mid-test (a sweep that
 * e-mailed a waiting party changed organisation B's outbox during the isolation snapshot).
 */
export async function seedWaitingListResources(
  t: TestApp,
  orgId: string,
  concertId: string,
): Promise<{ entryId: string }> {
  const [entry] = await t.database.db
    .insert(schema.concertWaitingList)
    .values({
      orgId,
      sessionId: concertId,
      secret: `fixture${orgId.replace(/[^a-z2-9]/g, '').slice(0, 17)}`.padEnd(24, 'x'),
      name: 'Famille en attente',
      email: 'attente@example.test',
      partySize: 2,
      position: 1,
      status: 'offered',
      offeredAt: new Date(),
      offerExpiresAt: new Date(Date.now() + 60 * 86_400_000),
    })
    .returning({ id: schema.concertWaitingList.id });
  return { entryId: entry!.id };
}

/** Valid bodies for the waiting list's routes. */
export const waitingListCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/sessions/:concertId/waiting-list/:entryId/move': {
    position: 1,
    reason: 'Moved by a stranger',
  },
};
