// Retention by itself: every rule purges what expired and only that, each organisation's report
// counts its own records, admins read the rules and reports, and the purge runs as a job.
import { randomUUID } from 'node:crypto';
import type { RetentionOverview } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildParticipant, buildSession } from '../../testing/programme-factory';
import { buildOrganisation, buildUser, startTestApp, type TestApp } from '../../testing/test-app';
import { RETENTION_PURGE_JOB } from './retention.jobs';
import { purgeExpiredRecords } from './retention.service';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;

// Now: the signed-in members' logins stay valid for the HTTP checks.
const NOW = new Date();
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000);

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  other = await buildOrganisation(t, ['admin'], 'Chœur des Quartiers');
});
afterAll(() => t.close());

/** One expired and one live record of each kind, in `orgId`; returns the ids to check. */
async function recordsOf(orgId: string) {
  const db = t.database.db;
  const user = await buildUser(t);
  const logins = await db
    .insert(schema.logins)
    .values([
      { tokenHash: randomUUID(), userId: user.id, csrfToken: 'x', expiresAt: daysBefore(1) },
      { tokenHash: randomUUID(), userId: user.id, csrfToken: 'x', expiresAt: daysBefore(-10) },
    ])
    .returning();
  const tokens = await db
    .insert(schema.accountTokens)
    .values([
      {
        tokenHash: randomUUID(),
        userId: user.id,
        purpose: 'reset-password',
        expiresAt: daysBefore(8),
      },
      {
        tokenHash: randomUUID(),
        userId: user.id,
        purpose: 'reset-password',
        expiresAt: daysBefore(6),
      },
    ])
    .returning();
  const invitation = (
    email: string,
    ends: Partial<typeof schema.memberInvitations.$inferInsert>,
  ) => ({
    orgId,
    email,
    role: 'coordinator' as const,
    tokenHash: randomUUID(),
    expiresAt: daysBefore(-5),
    ...ends,
  });
  const invitations = await db
    .insert(schema.memberInvitations)
    .values([
      invitation('accepted-long-ago@example.org', { acceptedAt: daysBefore(91) }),
      invitation('expired-long-ago@example.org', { expiresAt: daysBefore(120) }),
      invitation('revoked-recently@example.org', { revokedAt: daysBefore(30) }),
      invitation('still-open@example.org', {}),
    ])
    .returning();
  const mail = (status: 'sent' | 'kept' | 'pending', createdAt: Date) => ({
    orgId,
    kind: 'member-invitation',
    toAddress: 'someone@example.org',
    subject: 'Invitation',
    bodyText: 'Bonjour Anaïs Durand',
    status,
    createdAt,
  });
  const outbox = await db
    .insert(schema.outboxMessages)
    .values([
      mail('sent', daysBefore(91)),
      mail('kept', daysBefore(200)),
      mail('pending', daysBefore(200)),
      mail('sent', daysBefore(10)),
    ])
    .returning();
  const batch = (status: 'previewed' | 'applied', createdAt: Date) => ({
    orgId,
    entity: 'participants' as const,
    fileName: 'inscriptions.csv',
    status,
    rows: [{ line: 2, values: { firstName: 'Anaïs' } }],
    errorCount: 0,
    createdAt,
  });
  const imports = await db
    .insert(schema.importBatches)
    .values([batch('previewed', daysBefore(8)), batch('previewed', daysBefore(2))])
    .returning();
  const partners = await db
    .insert(schema.partners)
    .values([
      { orgId, name: 'École fermée', type: 'primary_school', archivedAt: daysBefore(3 * 365 + 1) },
      { orgId, name: 'Centre social', type: 'social_centre', archivedAt: daysBefore(300) },
    ])
    .returning();
  const contacts = await db
    .insert(schema.partnerContacts)
    .values(partners.map((p) => ({ orgId, partnerId: p.id, name: 'Claire Martin' })))
    .returning();
  const order = async (endedDaysAgo: number) => {
    const concert = await buildSession(t, orgId, {
      kind: 'concert',
      startsAt: daysBefore(endedDaysAgo + 1),
    });
    const [row] = await db
      .insert(schema.concertOrders)
      .values({
        orgId,
        sessionId: concert.id,
        secret: randomUUID(),
        name: 'Famille Martin',
        seats: 4,
      })
      .returning();
    await db
      .insert(schema.concertOrderAccessNeeds)
      .values({ orgId, orderId: row!.id, needs: 'Fauteuil roulant' });
    return row!;
  };
  const orders = [await order(91), await order(10)];
  return { logins, tokens, invitations, outbox, imports, contacts, orders };
}

describe('the daily retention purge', () => {
  it('purges what expired in every rule, keeps the rest, and reports counts per organisation', async () => {
    const mine = await recordsOf(org.id);
    const theirs = await recordsOf(other.id);
    const group = await buildGroup(org.members.coordinator, org.id);
    const expired = await buildParticipant(org.members.coordinator, org.id, group.id, {
      firstName: 'Anaïs',
      lastName: 'Durand',
      accessNeeds: 'Allergie au latex',
    });
    await t.database.db
      .update(schema.participants)
      .set({ retainUntil: '2026-08-31' })
      .where(eq(schema.participants.id, expired.id));

    const { totals } = await purgeExpiredRecords({ database: t.database, now: NOW });

    // Two organisations' records, each with one expired of each kind (two invitations, two mails).
    expect(totals).toMatchObject({
      participants: 1,
      partnerContacts: 2,
      concertOrders: 2,
      memberInvitations: 4,
      importFiles: 2,
      outboxMessages: 4,
      logins: 2,
      accountTokens: 2,
      retentionReports: 0,
    });
    const db = t.database.db;
    const left = async <T extends { [key: string]: unknown }>(
      rows: T[],
      table: 'logins' | 'accountTokens',
    ) =>
      (
        await db
          .select({ tokenHash: schema[table].tokenHash })
          .from(schema[table])
          .where(
            inArray(
              schema[table].tokenHash,
              rows.map((r) => r.tokenHash as string),
            ),
          )
      ).length;
    expect(await left(mine.logins, 'logins')).toBe(1);
    expect(await left(mine.tokens, 'accountTokens')).toBe(1);
    const invitations = await db
      .select({ email: schema.memberInvitations.email })
      .from(schema.memberInvitations)
      .where(eq(schema.memberInvitations.orgId, org.id));
    expect(invitations.map((i) => i.email).sort()).toEqual([
      'revoked-recently@example.org',
      'still-open@example.org',
    ]);
    const outbox = await db
      .select({ status: schema.outboxMessages.status })
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.orgId, org.id));
    expect(outbox.map((m) => m.status).sort()).toEqual(['pending', 'sent']);
    const batches = await db
      .select()
      .from(schema.importBatches)
      .where(
        inArray(
          schema.importBatches.id,
          mine.imports.map((b) => b.id),
        ),
      );
    const stale = batches.find((b) => b.id === mine.imports[0]!.id)!;
    expect([stale.status, stale.rows]).toEqual(['discarded', []]);
    expect(batches.find((b) => b.id === mine.imports[1]!.id)!.rows).toHaveLength(1);
    const contacts = await db
      .select({ id: schema.partnerContacts.id })
      .from(schema.partnerContacts)
      .where(eq(schema.partnerContacts.orgId, org.id));
    expect(contacts.map((c) => c.id)).toEqual([mine.contacts[1]!.id]);
    const [participant] = await db
      .select()
      .from(schema.participants)
      .where(eq(schema.participants.id, expired.id));
    expect([participant!.lastName, participant!.anonymisedAt]).toEqual([null, expect.any(Date)]);
    expect(theirs.contacts).toHaveLength(2);
    // Orders of a concert over for 90 days lose who booked; the seats stay for the figures.
    const orders = await db
      .select()
      .from(schema.concertOrders)
      .where(
        inArray(
          schema.concertOrders.id,
          mine.orders.map((o) => o.id),
        ),
      );
    const byId = new Map(orders.map((o) => [o.id, o]));
    expect(byId.get(mine.orders[0]!.id)).toMatchObject({ name: null, seats: 4 });
    expect(byId.get(mine.orders[1]!.id)).toMatchObject({ name: 'Famille Martin' });
    const needs = await db
      .select({ orderId: schema.concertOrderAccessNeeds.orderId })
      .from(schema.concertOrderAccessNeeds)
      .where(eq(schema.concertOrderAccessNeeds.orgId, org.id));
    expect(needs.map((n) => n.orderId)).toEqual([mine.orders[1]!.id]);

    // Each organisation reads its own counts, zeros included; account records are not theirs.
    const overview = (await org.members.admin.get(`/api/orgs/${org.id}/retention`))
      .body as RetentionOverview;
    expect(overview.reports).toEqual([
      {
        ranAt: NOW.toISOString(),
        counts: {
          participants: 1,
          partnerContacts: 1,
          concertOrders: 1,
          spaceReminders: 0,
          supportRequests: 0,
          callApplications: 0,
          memberInvitations: 2,
          importFiles: 1,
          outboxMessages: 2,
          choirMessages: 0,
          choirScoreLoans: 0,
          rightsRequests: 0,
          auditEvents: 0,
          retentionReports: 0,
        },
      },
    ]);
    const theirsOverview = (await other.members.admin.get(`/api/orgs/${other.id}/retention`))
      .body as RetentionOverview;
    expect(theirsOverview.reports[0]!.counts.participants).toBe(0);
    expect(overview.rules.map((r) => r.id)).toEqual([
      'participants',
      'partnerContacts',
      'concertOrders',
      'spaceReminders',
      'supportRequests',
      'callApplications',
      'memberInvitations',
      'importFiles',
      'outboxMessages',
      'choirMessages',
      'choirScoreLoans',
      'logins',
      'accountTokens',
      'rightsRequests',
      'auditEvents',
      'retentionReports',
    ]);
    expect(overview.rules.find((r) => r.id === 'logins')).toMatchObject({ scope: 'account' });

    // A second run the same day finds nothing more.
    const again = await purgeExpiredRecords({ database: t.database, now: NOW });
    expect(Object.values(again.totals).every((n) => n === 0)).toBe(true);
  });

  it('lets only admins read the rules and reports', async () => {
    expect((await org.members.coordinator.get(`/api/orgs/${org.id}/retention`)).status).toBe(403);
    expect((await org.members.admin.get(`/api/orgs/${other.id}/retention`)).status).toBe(404);
  });

  it('runs as a job of the durable queue', async () => {
    const jobId = await t.jobs.send(RETENTION_PURGE_JOB, {});
    const deadline = Date.now() + 20_000;
    let state: string | undefined;
    while (Date.now() < deadline) {
      state = (await t.jobs.getJob(RETENTION_PURGE_JOB, jobId!))?.state;
      if (state === 'completed' || state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(state).toBe('completed');
  });

  it('deletes its own reports after 400 days', async () => {
    const later = new Date(NOW.getTime() + 401 * 24 * 3600 * 1000);
    const { totals } = await purgeExpiredRecords({ database: t.database, now: later });
    // Two runs above wrote two reports per organisation; the job run wrote one more each.
    expect(totals.retentionReports).toBe(6);
  });
});
