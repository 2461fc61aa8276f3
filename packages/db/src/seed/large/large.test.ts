import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TuttiDatabase } from '../../client';
import { seedLargeOrganisation } from './large';
import type { LargeCommune } from './plan';

const communes: LargeCommune[] = [
  {
    code: '58086',
    name: 'Cosne-Cours-sur-Loire',
    departmentCode: '58',
    latitude: 47.41,
    longitude: 2.92,
    urban: false,
  },
  {
    code: '58083',
    name: 'Corbigny',
    departmentCode: '58',
    latitude: 47.26,
    longitude: 3.68,
    urban: false,
  },
  {
    code: '94081',
    name: 'Vitry-sur-Seine',
    departmentCode: '94',
    latitude: 48.79,
    longitude: 2.39,
    urban: true,
  },
];

let database: TuttiDatabase;
beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await database.migrate();
}, 120_000);
afterAll(() => database.close());

const one = async <T>(query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: T[] }).rows[0]!;

describe('the large generated organisation', () => {
  it('creates groups of 12–30, sessions over school years, about 85 % attendance, on the embedded database', async () => {
    const summary = await seedLargeOrganisation(database, {
      years: 2,
      communes,
      hashPassword: async () => 'hash',
      scale: {
        participantsPerYear: 600,
        workshopsPerYear: 40,
        concertsPerYear: 3,
        onlinePerYear: 2,
        projects: 4,
        artists: 5,
      },
      now: new Date('2026-11-22T00:00:00Z'),
      env: 'test',
    });
    expect(summary.schoolYears).toEqual(['2024-09-01..2025-08-31', '2025-09-01..2026-08-31']);
    expect(summary.counts.participants).toBeGreaterThanOrEqual(1_200);
    expect(summary.counts.concerts).toBe(6);
    const sizes = await one<{ min: number; max: number }>(
      sql`select min(n)::int as min, max(n)::int as max from (select count(*) as n from participants group by group_id) g`,
    );
    expect(sizes.min).toBeGreaterThanOrEqual(12);
    expect(sizes.max).toBeLessThanOrEqual(30);
    const rate = await one<{ rate: number }>(
      sql`select avg((status = 'present')::int)::float8 as rate from attendance_marks`,
    );
    expect(rate.rate).toBeGreaterThan(0.78);
    expect(rate.rate).toBeLessThan(0.9);
    const span = await one<{ first: string; last: string }>(
      sql`select min(starts_at)::date::text as first, max(starts_at)::date::text as last from sessions`,
    );
    expect(span.first >= '2024-09-15').toBe(true);
    expect(span.last <= '2026-07-15').toBe(true);
    const marks = await one<{ n: number }>(sql`select count(*)::int as n from attendance_marks`);
    expect(marks.n).toBe(summary.counts.attendanceMarks);
  }, 60_000);

  it('generates several organisations side by side, each with its own rows and accounts', async () => {
    const summary = await seedLargeOrganisation(database, {
      years: 1,
      organisations: 3,
      communes,
      hashPassword: async () => 'hash',
      scale: {
        participantsPerYear: 200,
        workshopsPerYear: 12,
        concertsPerYear: 2,
        onlinePerYear: 1,
        projects: 2,
        artists: 3,
      },
      now: new Date('2026-11-22T00:00:00Z'),
      env: 'test',
    });
    expect(summary.organisations.map((o) => o.name)).toEqual([
      'Grande structure (données générées)',
      'Grande structure 2 (données générées)',
      'Grande structure 3 (données générées)',
    ]);
    expect(summary.organisations[2]!.accounts.map((a) => a.email)).toContain(
      'coordinator.3@large.test',
    );
    const perOrg = await database.db.execute(
      sql`select org_id, count(*)::int as n from participants group by org_id`,
    );
    const rows = (perOrg as unknown as { rows: { org_id: string; n: number }[] }).rows;
    expect(rows.map((r) => r.org_id).sort()).toEqual(
      summary.organisations.map((o) => o.orgId).sort(),
    );
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(summary.counts.participants);
    // Every concert sells seats; each order's lines add up to its seats.
    const orders = await one<{ concerts: number; orders: number; mismatched: number }>(
      sql`select (select count(distinct session_id) from concert_orders)::int as concerts,
                 (select count(*) from concert_orders)::int as orders,
                 (select count(*) from concert_orders o where o.seats <>
                    (select sum(quantity) from concert_order_lines l where l.order_id = o.id))::int as mismatched`,
    );
    expect(orders).toMatchObject({
      concerts: 6,
      orders: summary.counts.concertOrders,
      mismatched: 0,
    });
  }, 60_000);

  it('replaces the previous generated organisations and refuses to run in production', async () => {
    const again = await seedLargeOrganisation(database, {
      years: 1,
      communes,
      hashPassword: async () => 'hash',
      scale: {
        participantsPerYear: 100,
        workshopsPerYear: 5,
        concertsPerYear: 1,
        onlinePerYear: 0,
        projects: 1,
        artists: 1,
      },
      seed: 2,
      env: 'test',
    });
    const orgs = await one<{ n: number }>(sql`select count(*)::int as n from organisations`);
    expect(orgs.n).toBe(1);
    expect(again.accounts.map((a) => a.email)).toContain('coordinator@large.test');
    await expect(
      seedLargeOrganisation(database, {
        years: 1,
        communes,
        hashPassword: async () => '',
        env: 'production',
      }),
    ).rejects.toThrow('NODE_ENV=production');
  }, 60_000);
});
