// Where the audit log is written: a read of access needs, an export and a role change each record
// one event, naming the subject and never the content; the log stays per organisation and admins only.
import type { AuditEvent } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { auditEventsRetention } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
const NEEDS = 'Fauteuil roulant, Quorvane';

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  other = await buildOrganisation(t, ['admin'], 'Chœur des Quartiers');
});
afterAll(() => t.close());

type Page = { total: number; items: AuditEvent[] };

async function eventsOf(orgId = org.id, query = '') {
  const res = await (orgId === org.id ? org : other).members.admin.get(
    `/api/orgs/${orgId}/audit-events?limit=200${query}`,
  );
  expect(res.status).toBe(200);
  return res.body as Page;
}

describe('the audit log', () => {
  it('records one event per read of access needs, export and role change', async () => {
    const admin = org.members.admin;
    const group = await buildGroup(admin, org.id);
    const participant = await buildParticipant(admin, org.id, group.id, { accessNeeds: NEEDS });
    const before = (await eventsOf()).total;

    const read = await admin.get(`/api/orgs/${org.id}/participants/${participant.id}`);
    expect(read.status).toBe(200);
    const afterRead = await eventsOf(org.id, '&action=accessNeeds.read');
    const reads = afterRead.items.filter((e) => e.subjectId === participant.id);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      action: 'accessNeeds.read',
      subjectKind: 'participant',
      actor: { id: admin.userId },
    });
    // The event names the participant, never what was read.
    expect(JSON.stringify(afterRead)).not.toContain('Quorvane');

    const exported = await admin.get(`/api/orgs/${org.id}/participants/export?format=csv`);
    expect(exported.status).toBe(200);
    const exports = (await eventsOf(org.id, '&action=data.export')).items;
    expect(exports).toEqual([
      expect.objectContaining({ subjectKind: 'participants', detail: 'csv', subjectId: null }),
    ]);

    const coordinatorId = org.members.coordinator.userId!;
    const changed = await admin.patch(`/api/orgs/${org.id}/members/${coordinatorId}`, {
      role: 'viewer',
    });
    expect(changed.status).toBe(200);
    const roles = (await eventsOf(org.id, '&action=role.change')).items;
    expect(roles).toEqual([
      expect.objectContaining({
        subjectKind: 'member',
        subjectId: coordinatorId,
        detail: 'coordinator → viewer',
      }),
    ]);
    // Three reads of the log later, three events more than before (the log's reads are not logged).
    expect((await eventsOf()).total).toBe(before + 3);

    // Filters: by day (today has them all, a past day none) and paging.
    const today = new Date().toISOString().slice(0, 10);
    expect((await eventsOf(org.id, `&from=${today}&to=${today}`)).total).toBe(before + 3);
    expect((await eventsOf(org.id, '&to=2020-01-01')).total).toBe(0);
    const page = await admin.get(`/api/orgs/${org.id}/audit-events?limit=1&offset=1`);
    expect((page.body as Page).items).toHaveLength(1);
    const bad = await admin.get(`/api/orgs/${org.id}/audit-events?action=nope`);
    expect(bad.status).toBe(400);
  });

  it('is for admins only, each organisation its own', async () => {
    // The former coordinator is now a viewer; sign-in as them reads a 403.
    const refused = await org.members.coordinator.get(`/api/orgs/${org.id}/audit-events`);
    expect(refused.status).toBe(403);
    expect((await eventsOf(other.id)).total).toBe(0);
    const across = await other.members.admin.get(`/api/orgs/${org.id}/audit-events`);
    expect(across.status).toBe(404);
  });

  it('deletes events a year old and keeps younger ones', async () => {
    const now = new Date();
    const day = 24 * 3600 * 1000;
    const [old, young] = await t.database.db
      .insert(schema.auditEvents)
      .values([
        {
          orgId: other.id,
          actorId: null,
          action: 'data.export',
          subjectKind: 'report',
          at: new Date(now.getTime() - 366 * day),
        },
        {
          orgId: other.id,
          actorId: null,
          action: 'data.export',
          subjectKind: 'report',
          at: new Date(now.getTime() - 364 * day),
        },
      ])
      .returning();
    const counts = await auditEventsRetention.purge(t.database, now);
    expect(counts.get(other.id)).toBe(1);
    const left = await t.database.db
      .select({ id: schema.auditEvents.id })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.orgId, other.id));
    expect(left.map((r) => r.id)).toEqual([young!.id]);
    expect(old).toBeDefined();
  });
});
