// The audit log: recordAudit appends one event in the caller's transaction, admins of the
// organisation (and no one else) read it, filtered and paged, and it is purged after a year.
import type { AuditEvent } from '@tutti/contracts';
import { rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsRetention, recordAudit } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  other = await buildOrganisation(t, ['admin'], 'Chœur des Quartiers');
});
afterAll(() => t.close());

type Page = { items: AuditEvent[]; total: number };

async function record(orgId: string, actorId: string | null, at?: string) {
  await t.database.withTenant({ orgId, userId: actorId }, (tx) =>
    recordAudit(tx, {
      orgId,
      actorId,
      action: 'data.export',
      subjectKind: 'participants',
      detail: 'csv',
    }),
  );
  if (at) {
    // Backdate the newest event as the owner, as if it had been recorded then.
    await t.database.db.execute(
      sql`update audit_events set at = ${at}::timestamptz where id = (
            select id from audit_events where org_id = ${orgId} order by at desc limit 1)`,
    );
  }
}

describe('audit log', () => {
  it('records one event in the caller’s transaction and shows it to the admin with its actor', async () => {
    await record(org.id, org.members.admin.userId);
    const res = await org.members.admin.get(`/api/orgs/${org.id}/audit-events`);
    expect(res.status).toBe(200);
    const page = res.body as Page;
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: 'data.export',
      subjectKind: 'participants',
      subjectId: null,
      actor: { id: org.members.admin.userId, displayName: expect.any(String) },
      detail: 'csv',
    });
  });

  it('refuses a coordinator with 403', async () => {
    const res = await org.members.coordinator.get(`/api/orgs/${org.id}/audit-events`);
    expect(res.status).toBe(403);
  });

  it('shows another organisation nothing of this one', async () => {
    const res = await other.members.admin.get(`/api/orgs/${other.id}/audit-events`);
    expect((res.body as Page).total).toBe(0);
    const theirs = await other.members.admin.get(`/api/orgs/${org.id}/audit-events`);
    expect(theirs.status).toBe(404);
  });

  it('filters by action and by days, both included, and pages', async () => {
    await record(org.id, org.members.admin.userId, '2026-03-01T23:30:00Z');
    await record(org.id, org.members.admin.userId, '2026-03-03T00:10:00Z');
    const base = `/api/orgs/${org.id}/audit-events`;
    const march = (await org.members.admin.get(`${base}?from=2026-03-01&to=2026-03-02`))
      .body as Page;
    expect(march.items.map((e) => e.at)).toEqual(['2026-03-01T23:30:00.000Z']);
    const roles = (await org.members.admin.get(`${base}?action=role.change`)).body as Page;
    expect(roles.total).toBe(0);
    const paged = (await org.members.admin.get(`${base}?limit=1&offset=1`)).body as Page;
    expect([paged.total, paged.items.length]).toEqual([3, 1]);
  });

  it('answers 400 naming the field for an unknown action, a bad date and an inverted range', async () => {
    const base = `/api/orgs/${org.id}/audit-events`;
    for (const [query, field] of [
      ['action=participants.read', 'action'],
      ['from=2026-02-30', 'from'],
      ['from=2026-03-05&to=2026-03-01', 'to'],
    ] as const) {
      const res = await org.members.admin.get(`${base}?${query}`);
      expect(res.status).toBe(400);
      const body = res.body as { error: { fields: { path: string }[] } };
      expect(body.error.fields.map((f) => f.path)).toContain(`querystring.${field}`);
    }
  });

  it('keeps the application from editing or deleting events', async () => {
    await expect(
      t.database.withTenant({ orgId: org.id, userId: null }, (tx) =>
        tx.execute(sql`delete from audit_events`),
      ),
    ).rejects.toThrow();
  });

  it('purges events older than a year and keeps the others', async () => {
    const before = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_events where org_id = ${org.id}`,
    );
    const counts = await auditEventsRetention.purge(t.database, new Date('2027-03-02T12:00:00Z'));
    expect(counts.get(org.id)).toBe(1);
    const after = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_events where org_id = ${org.id}`,
    );
    expect(after[0]!.n).toBe(before[0]!.n - 1);
  });
});
