// The demo organisation shows groups, participants and attendance as a coordinator would find them.
import type { AttendanceConflict, Group, Participant } from '@tutti/contracts';
import { DEMO_PASSWORD, schema } from '@tutti/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let orgId: string;
let coordinator: Client;
let relay: Client;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  const [org] = await t.database.db
    .select()
    .from(schema.organisations)
    .where(eq(schema.organisations.isDemo, true));
  orgId = org!.id;
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  relay = await signIn(t.app, 'relay@demo.test', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('demo season', () => {
  it('has classes, a social-centre group, choirs, an EHPAD and an audience counted only', async () => {
    const groups = (await coordinator.get(`/api/orgs/${orgId}/groups?limit=200`)).body as {
      items: Group[];
    };
    const kinds = new Set(groups.items.map((g) => g.kind));
    for (const kind of [
      'class',
      'social_centre_group',
      'choir',
      'nursing_home_group',
      'audience',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(groups.items.find((g) => g.kind === 'audience')?.listedIndividually).toBe(false);
  });

  it('has about 150 participants besides the choir’s singers, a few minors still without consent', async () => {
    const all = (await coordinator.get(`/api/orgs/${orgId}/participants?limit=1`)).body as {
      total: number;
    };
    // The intergenerational choir's 250 singers (and its guests) are participants too.
    const [singers] = await t.database.db
      .select({ n: count() })
      .from(schema.choirMembers)
      .where(eq(schema.choirMembers.orgId, orgId));
    expect(singers!.n).toBeGreaterThanOrEqual(250);
    expect(all.total - singers!.n).toBeGreaterThanOrEqual(140);
    expect(all.total - singers!.n).toBeLessThanOrEqual(170);
    const missing = (await coordinator.get(`/api/orgs/${orgId}/participants?consent=missing`))
      .body as { items: Participant[]; total: number };
    expect(missing.total).toBeGreaterThan(0);
    expect(missing.total).toBeLessThan(15);
    const [needs] = await t.database.db
      .select({ n: count() })
      .from(schema.participantAccessNeeds)
      .where(eq(schema.participantAccessNeeds.orgId, orgId));
    expect(needs!.n).toBeGreaterThan(0);
  });

  it('makes relay@demo.test the relay of two groups', async () => {
    const own = (await relay.get(`/api/orgs/${orgId}/groups`)).body as { items: Group[] };
    expect(own.items).toHaveLength(2);
  });

  it('marks the sessions already held, with conflicts to review when there are some', async () => {
    const [held] = await t.database.db
      .select({ n: count() })
      .from(schema.sessions)
      .where(eq(schema.sessions.status, 'done'));
    const [marks] = await t.database.db
      .select({ n: count() })
      .from(schema.attendanceMarks)
      .where(eq(schema.attendanceMarks.orgId, orgId));
    const [logged] = await t.database.db
      .select({ n: count() })
      .from(schema.attendanceOperations)
      .where(eq(schema.attendanceOperations.orgId, orgId));
    if (held!.n === 0) return;
    expect(marks!.n).toBeGreaterThan(0);
    expect(logged!.n).toBeGreaterThan(marks!.n);
    const conflicts = (await coordinator.get(`/api/orgs/${orgId}/attendance/conflicts`)).body as {
      items: AttendanceConflict[];
    };
    expect(conflicts.items.length).toBeGreaterThan(0);
  });
});
