// One database holds many organisations: every tenant table can be read for one of them without
// reading the others. Each table holding org_id has an index led by it, and the list endpoints'
// queries, planned by PostgreSQL on a database of many generated organisations, scan no large
// tenant table from end to end.
import {
  DEMO_PASSWORD,
  type LargeCommune,
  openDatabase,
  rowsOf,
  seedLargeOrganisation,
  type TuttiDatabase,
} from '@tutti/db';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../platform/auth/passwords';
import { createDurableDatabase, type DurableDatabase } from '../testing/server-process';
import { type Client, signIn, startTestApp, type TestApp } from '../testing/test-app';

/**
 * Tenant tables that need no index led by org_id, each with the reason its rows stay few in any
 * deployment. None today: a table added to this list says why here.
 */
const SMALL_BY_DESIGN: Record<string, string> = {};

/** Tables of the public schema with an org_id column, and their indexes led by it. */
async function tenantTables(database: TuttiDatabase) {
  return rowsOf<{ table_name: string; org_indexes: string[] }>(
    database.db,
    sql`select c.relname as table_name,
               coalesce(array_agg(i.relname order by i.relname)
                          filter (where i.relname is not null), '{}') as org_indexes
          from pg_class c
          join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped
          left join pg_index x on x.indrelid = c.oid and x.indkey[0] = a.attnum
          left join pg_class i on i.oid = x.indexrelid
         where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
         group by c.relname
         order by c.relname`,
  );
}

describe('indexes of the tenant tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lead with org_id on every table holding it (a primary key or unique one counts)', async () => {
    const tables = await tenantTables(t.database);
    expect(tables.length).toBeGreaterThan(40);
    const missing = tables
      .filter((table) => table.org_indexes.length === 0 && !(table.table_name in SMALL_BY_DESIGN))
      .map((table) => table.table_name);
    expect(missing).toEqual([]);
    for (const name of Object.keys(SMALL_BY_DESIGN)) {
      expect(tables.map((table) => table.table_name)).toContain(name);
    }
  });
});

const onPostgres = Boolean(process.env.DATABASE_URL);

/**
 * Scans of a tenant table holding fewer rows than this may be sequential: for a table of a few
 * pages that is the planner's right choice whatever the indexes. The tables the lists read hold
 * far more here (checked below).
 */
const FEW_ROWS = 1_000;

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
};
type Scan = { node: string; table: string; index: string | null };

/** The indexes a bitmap heap scan reads: its Bitmap Index Scans, under any BitmapAnd/Or. */
function bitmapIndexes(plan: PlanNode): string[] {
  if (plan['Node Type'] === 'Bitmap Index Scan') return [plan['Index Name'] ?? '?'];
  return (plan.Plans ?? []).flatMap(bitmapIndexes);
}

/** Every read of a table in a plan: the kind of scan and the index it uses, if any. */
function scansOf(plan: PlanNode, found: Scan[] = []): Scan[] {
  if (plan['Relation Name']) {
    const bitmap = plan['Node Type'] === 'Bitmap Heap Scan' ? bitmapIndexes(plan).join(' + ') : '';
    found.push({
      node: plan['Node Type'],
      table: plan['Relation Name'],
      index: plan['Index Name'] ?? (bitmap || null),
    });
  }
  for (const child of plan.Plans ?? []) scansOf(child, found);
  return found;
}

// PostgreSQL's auto_explain module, loaded in each connection of the app's pool, sends the plan
// of every statement the app runs to the client as a notice: the plans checked are those of the
// queries the endpoints really make, with their parameters, under row-level security.
describe.skipIf(!onPostgres)('the list endpoints on a database of many organisations', () => {
  let durable: DurableDatabase;
  let t: TestApp;
  let coordinator: Client;
  let orgId: string;
  let tenant: Map<string, number>;
  let concertId: string;
  let sessionId: string;
  let groupId: string;
  const plans: { query: string; plan: PlanNode }[] = [];

  beforeAll(async () => {
    durable = await createDurableDatabase();
    // Twelve organisations of 2,000 participants each: the one read holds a twelfth of each table.
    const communes: LargeCommune[] = Array.from({ length: 120 }, (_, n) => ({
      code: `58${String(n).padStart(3, '0')}`,
      name: `Commune ${n}`,
      departmentCode: n % 10 === 0 ? '94' : '58',
      latitude: 47 + (n % 12) * 0.05,
      longitude: 3 + Math.floor(n / 12) * 0.05,
      urban: n % 10 === 0,
    }));
    const seeding = await durable.open();
    const summary = await seedLargeOrganisation(seeding, {
      years: 1,
      organisations: 12,
      communes,
      hashPassword,
      scale: {
        participantsPerYear: 2_000,
        workshopsPerYear: 120,
        concertsPerYear: 8,
        onlinePerYear: 4,
        projects: 12,
        artists: 12,
      },
      now: new Date('2026-11-22T00:00:00Z'),
      env: 'test',
    });
    orgId = summary.orgId;
    const [concert] = await rowsOf<{ id: string }>(
      seeding.db,
      sql`select session_id as id from concert_orders where org_id = ${orgId}
           group by session_id order by count(*) desc limit 1`,
    );
    const [workshop] = await rowsOf<{ id: string }>(
      seeding.db,
      sql`select session_id as id from attendance_marks where org_id = ${orgId}
           group by session_id order by count(*) desc limit 1`,
    );
    const [group] = await rowsOf<{ id: string }>(
      seeding.db,
      sql`select group_id as id from participants where org_id = ${orgId} limit 1`,
    );
    concertId = concert!.id;
    sessionId = workshop!.id;
    groupId = group!.id;
    const sizes = await rowsOf<{ relname: string; rows: number }>(
      seeding.db,
      sql`select c.relname, c.reltuples::int as rows from pg_class c
            join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id'
           where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'`,
    );
    tenant = new Map(sizes.map((s) => [s.relname, s.rows]));

    // Every connection to this database loads auto_explain and sends each plan as a notice.
    const name = new URL(durable.env.DATABASE_URL!).pathname.slice(1);
    for (const setting of [
      `session_preload_libraries = 'auto_explain'`,
      'auto_explain.log_min_duration = 0',
      `auto_explain.log_format = 'json'`,
      `auto_explain.log_level = 'notice'`,
    ]) {
      await seeding.db.execute(sql.raw(`alter database "${name}" set ${setting}`));
    }
    await seeding.close();
    const database = await openDatabase({
      kind: 'postgres',
      url: durable.env.DATABASE_URL!,
      poolSize: 4,
    });
    // Drizzle keeps the node-postgres pool it was given as `$client`.
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    pool.on('connect', (client) => {
      client.on('notice', (notice) => {
        const text = notice.message ?? '';
        const start = text.indexOf('{');
        if (!text.startsWith('duration:') || start < 0) return;
        const explained = JSON.parse(text.slice(start)) as { 'Query Text': string; Plan: PlanNode };
        plans.push({ query: explained['Query Text'], plan: explained.Plan });
      });
    });
    t = await startTestApp({}, { database });
    coordinator = await signIn(t.app, 'coordinator@large.test', DEMO_PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await t?.close();
    await durable?.drop();
  });

  it('has tables large enough for their plans to mean something', () => {
    for (const table of [
      'participants',
      'groups',
      'sessions',
      'session_groups',
      'attendance_marks',
      'concert_orders',
      'concert_order_lines',
    ]) {
      expect({ table, large: (tenant.get(table) ?? 0) > FEW_ROWS }).toEqual({
        table,
        large: true,
      });
    }
  });

  /** Calls `path` and returns the scans of the tenant tables its queries made. */
  async function scansFor(path: string) {
    plans.length = 0;
    const response = await coordinator.get(`/api/orgs/${orgId}${path}`);
    expect(response.status).toBe(200);
    return plans.flatMap(({ query, plan }) =>
      scansOf(plan)
        .filter((scan) => tenant.has(scan.table))
        .map((scan) => ({ ...scan, query: query.replace(/\s+/g, ' ').slice(0, 160) })),
    );
  }

  it.each([
    ['participants, first page', '/participants?limit=50', 'participants'],
    ['participants, a search', '/participants?q=lou&limit=50', 'participants'],
    ['participants of a group', '/participants?limit=50&groupId=:group', 'participants'],
    ['sessions of a month', '/sessions?from=2026-03-01&to=2026-03-31', 'sessions'],
    [
      'sessions awaiting attendance',
      '/attendance/sessions?from=2026-03-01&to=2026-03-31&limit=50',
      'sessions',
    ],
    ['groups, first page', '/groups?limit=50', 'groups'],
    ['concert orders', '/sessions/:concert/orders', 'concert_orders'],
    ['roster and marks of a session', '/sessions/:session/attendance', 'attendance_marks'],
  ])('%s: an index, and no sequential scan of a large tenant table', async (name, path, main) => {
    const scans = await scansFor(
      path.replace(':concert', concertId).replace(':session', sessionId).replace(':group', groupId),
    );
    const sequential = scans.filter(
      (scan) => scan.node === 'Seq Scan' && (tenant.get(scan.table) ?? 0) >= FEW_ROWS,
    );
    const read = [...new Set(scans.map((s) => `${s.table} (${s.index ?? s.node})`))];
    console.log(`${name}: ${read.join(', ')}`);
    expect(sequential).toEqual([]);
    expect(
      scans.some((scan) => scan.table === main && scan.index !== null),
      JSON.stringify(scans),
    ).toBe(true);
  });
});
