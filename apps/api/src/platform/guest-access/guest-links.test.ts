// One-time links: single use under concurrency, expiry, no enumeration, rate limits, SMS fallback.
import type { GuardianChildren } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asGuest,
  askForLink,
  latestLinkToken,
  nextIp,
  openLink,
} from '../../testing/guest-access-fixtures';
import {
  buildGroup,
  buildParticipant,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let sequence = 0;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
});
afterAll(() => t.close());

/** A child whose consent names a new guardian address; returns that address. */
async function guardianOfNewChild(contact: { phone?: string } = {}) {
  sequence += 1;
  const email = `parent${sequence}@famille.test`;
  const group = await buildGroup(org.members.coordinator, org.id);
  await buildParticipant(org.members.coordinator, org.id, group.id, {
    consent: {
      ...PARTICIPATION_CONSENT,
      guardianEmail: email.toUpperCase(),
      guardianPhone: contact.phone ?? null,
    },
  });
  return email;
}

async function linkFor(email: string) {
  expect((await askForLink(t, { orgId: org.id, email })).status).toBe(202);
  const token = await latestLinkToken(t, org.id, email);
  expect(token).not.toBeNull();
  return token!;
}

describe('one-time links', () => {
  it('open exactly one access out of 12 simultaneous redemptions of one link', async () => {
    const email = await guardianOfNewChild();
    const token = await linkFor(email);
    const attempts = await Promise.all(Array.from({ length: 12 }, () => openLink(t, token)));
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses).toEqual([200, ...Array(11).fill(410)]);
    expect(attempts.filter((attempt) => attempt.cookie).length).toBe(1);
    const accesses = await t.database.db
      .select()
      .from(schema.guestAccesses)
      .where(eq(schema.guestAccesses.subject, email));
    expect(accesses).toHaveLength(1);
  });

  it('store only the hash of the token, never the token', async () => {
    const email = await guardianOfNewChild();
    const token = await linkFor(email);
    const rows = await t.database.db
      .select()
      .from(schema.guestAccessLinks)
      .where(eq(schema.guestAccessLinks.subject, email));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuse an expired link with 410, and an expired access with 401', async () => {
    const email = await guardianOfNewChild();
    const token = await linkFor(email);
    await t.database.db
      .update(schema.guestAccessLinks)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(schema.guestAccessLinks.subject, email));
    const expired = await openLink(t, token);
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: { code: 'GUEST.LINK_INVALID' } });

    const opened = await openLink(t, await linkFor(email));
    expect(opened.status).toBe(200);
    expect((await asGuest(t, opened.cookie!, 'GET', '/api/guest/guardian/children')).status).toBe(
      200,
    );
    await t.database.db
      .update(schema.guestAccesses)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(schema.guestAccesses.subject, email));
    expect((await asGuest(t, opened.cookie!, 'GET', '/api/guest/guardian/children')).status).toBe(
      401,
    );
  });

  it('answer a known and an unknown address, or an unknown organisation, alike and write nothing for the unknown', async () => {
    const known = await guardianOfNewChild();
    const answers = [
      await askForLink(t, { orgId: org.id, email: known }),
      await askForLink(t, { orgId: org.id, email: 'nobody@famille.test' }),
      await askForLink(t, { orgId: '00000000-0000-4000-8000-00000000dead', email: known }),
    ];
    expect(answers).toEqual(Array(3).fill({ status: 202, body: { status: 'accepted' } }));
    await t.app.afterResponse.idle();
    const outbox = await t.database.db
      .select({ to: schema.outboxMessages.toAddress })
      .from(schema.outboxMessages)
      .where(sql`${schema.outboxMessages.toAddress} in (${known}, 'nobody@famille.test')`);
    expect(outbox).toEqual([{ to: known }]);
    const links = await t.database.db
      .select({ subject: schema.guestAccessLinks.subject })
      .from(schema.guestAccessLinks)
      .where(eq(schema.guestAccessLinks.subject, 'nobody@famille.test'));
    expect(links).toEqual([]);
  });

  it('refuse a sixth request for one address within the hour with 429, whichever client asks', async () => {
    const email = await guardianOfNewChild();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await askForLink(t, { orgId: org.id, email })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const other = await askForLink(t, { orgId: org.id, email: 'autre@famille.test' });
    expect(other.status).toBe(202);
  });

  it('refuse the 31st request from one client address within the hour with 429', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (await askForLink(t, { orgId: org.id, email: `x${i}@inconnu.test` }, ip)).status,
      );
    }
    expect(statuses.slice(0, 30).every((status) => status === 202)).toBe(true);
    expect(statuses[30]).toBe(429);
    const refused = await askForLink(t, { orgId: org.id, email: 'x99@inconnu.test' }, ip);
    expect(refused.body).toMatchObject({ error: { code: 'REQUEST.RATE_LIMITED' } });
  });

  it('name the field of a bad request with 400 and write nothing', async () => {
    const both = await askForLink(t, { orgId: org.id, email: 'a@b.test', phone: '+33612345678' });
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ error: { fields: [{ path: 'body.email' }] } });
    const badPhone = await askForLink(t, { orgId: org.id, phone: '06 12' });
    expect(badPhone.body).toMatchObject({ error: { fields: [{ path: 'body.phone' }] } });
    const badScope = await askForLink(t, {
      orgId: org.id,
      email: 'a@b.test',
      scope: 'bookings' as 'guardian',
    });
    expect(badScope.body).toMatchObject({ error: { fields: [{ path: 'body.scope' }] } });
    const badToken = await openLink(t, 'short');
    expect(badToken.status).toBe(400);
  });

  it('keep a text message in the outbox, for the admins, when no SMS transport is configured', async () => {
    await guardianOfNewChild({ phone: '+33 6 12 34 56 78' });
    expect((await askForLink(t, { orgId: org.id, phone: '+33 6 12 34 56 78' })).status).toBe(202);
    await t.app.afterResponse.idle();
    const outbox = await org.members.admin.get(`/api/orgs/${org.id}/outbox`);
    const texts = (
      outbox.body as { items: { channel: string; toAddress: string; status: string }[] }
    ).items.filter((m) => m.channel === 'sms');
    expect(texts).toEqual([
      expect.objectContaining({ toAddress: '+33612345678', status: 'kept', channel: 'sms' }),
    ]);
  });

  it('end the access at sign-out and list who opened links for admins only', async () => {
    const email = await guardianOfNewChild();
    const opened = await openLink(t, await linkFor(email));
    const access = await asGuest(t, opened.cookie!, 'GET', '/api/guest/access');
    expect(access.body).toMatchObject({ scope: 'guardian', organisation: { id: org.id } });
    expect((await asGuest(t, opened.cookie!, 'DELETE', '/api/guest/access')).status).toBe(204);
    expect((await asGuest(t, opened.cookie!, 'GET', '/api/guest/access')).status).toBe(401);
    const children = await asGuest(t, opened.cookie!, 'GET', '/api/guest/guardian/children');
    expect(children.status).toBe(401);

    const audit = await org.members.admin.get(`/api/orgs/${org.id}/guest-accesses?limit=100`);
    const uses = (audit.body as { items: { subject: string; endedAt: string | null }[] }).items;
    expect(uses.find((use) => use.subject === email)?.endedAt).not.toBeNull();
    const forbidden = await org.members.coordinator.get(`/api/orgs/${org.id}/guest-accesses`);
    expect(forbidden.status).toBe(403);
  });

  it('let the guardian of one child see that child only (checked on a fresh access)', async () => {
    const email = await guardianOfNewChild();
    const opened = await openLink(t, await linkFor(email));
    const page = await asGuest(t, opened.cookie!, 'GET', '/api/guest/guardian/children');
    expect((page.body as GuardianChildren).children).toHaveLength(1);
  });
});
