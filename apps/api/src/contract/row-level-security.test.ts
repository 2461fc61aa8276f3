// The database itself keeps organisations apart: every tenant table is under row-level security.
import { rowsOf, schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisationResources } from '../testing/organisation-fixtures';
import { seedParticipantResources } from '../testing/participants-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const rowsOfQuery = <T>(query: ReturnType<typeof sql>) => rowsOf<T>(t.database.db, query);

async function tenantTables() {
  return rowsOfQuery<{ table_name: string }>(sql`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
    order by c.table_name`);
}

describe('row-level security', () => {
  it('is enabled, with a checking policy for the application role, on every table holding org_id', async () => {
    const tables = (await tenantTables()).map((r) => r.table_name);
    expect(tables.length).toBeGreaterThan(0);
    const protectedTables = await rowsOfQuery<{
      relname: string;
      policies: number;
      checked: number;
    }>(sql`
      select c.relname, count(p.*)::int as policies,
             count(p.*) filter (where p.polcmd in ('a', '*') and p.polwithcheck is not null)::int as checked
      from pg_class c left join pg_policy p on p.polrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relrowsecurity
      group by c.relname`);
    for (const table of tables) {
      const entry = protectedTables.find((p) => p.relname === table);
      expect({ table, rls: !!entry, checked: (entry?.checked ?? 0) > 0 }).toEqual({
        table,
        rls: true,
        checked: true,
      });
    }
  });

  it('runs tenant work under a role that is neither superuser nor table owner', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const [role] = await t.database.withTenant({ orgId: org.id, userId: null }, async (tx) => {
      const result = (await tx.execute(
        sql`select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass from pg_roles r where r.rolname = current_user`,
      )) as unknown as { rows: { name: string; superuser: boolean; bypass: boolean }[] };
      return result.rows;
    });
    expect(role).toEqual({ name: 'tutti_app', superuser: false, bypass: false });
  });

  it('shows no row of another organisation in any tenant table, and refuses writing one', async () => {
    const a = await buildOrganisation(t, ['admin', 'coordinator'], 'A');
    const b = await buildOrganisation(t, ['admin', 'coordinator'], 'B');
    await seedOrganisationResources(t, a);
    await seedOrganisationResources(t, b);
    for (const { table_name: table } of await tenantTables()) {
      const foreign = await t.database.withTenant(
        { orgId: a.id, userId: a.members.admin.userId },
        async (tx) => {
          const result = (await tx.execute(
            sql`select count(*)::int as n from ${sql.identifier(table)} where org_id <> ${a.id}`,
          )) as unknown as { rows: { n: number }[] };
          return result.rows[0]!.n;
        },
      );
      expect({ table, foreign }).toEqual({ table, foreign: 0 });
    }
    const write = t.database.withTenant({ orgId: a.id, userId: null }, (tx) =>
      tx
        .insert(schema.memberships)
        .values({ orgId: b.id, userId: a.members.admin.userId!, role: 'admin' }),
    );
    await expectDatabaseError(write, /row-level security/);
  }, 240_000); // Two organisations seeded with a resource of every module: it grows with the API.

  it('lets the participant search function see only the current organisation', async () => {
    const a = await buildOrganisation(t, ['admin'], 'A');
    const b = await buildOrganisation(t, ['admin'], 'B');
    const { participantId: inA } = await seedParticipantResources(a);
    await seedParticipantResources(b);
    const matching = (orgId: string | null) => {
      const query = sql`select tutti_participants_matching('%lea%') as id`;
      return orgId
        ? t.database.withTenant({ orgId, userId: null }, (tx) => tx.execute(query))
        : t.database.db.execute(query);
    };
    const ids = (result: unknown) => (result as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids(await matching(a.id))).toEqual([inA]);
    // Outside an organisation's transaction there is no current organisation: nothing.
    expect(ids(await matching(null))).toEqual([]);
  });

  it('keeps credentials out of reach of tenant code', async () => {
    const org = await buildOrganisation(t, ['admin']);
    for (const query of [sql`select password_hash from users`, sql`select * from logins`]) {
      const attempt = t.database.withTenant({ orgId: org.id, userId: null }, (tx) =>
        tx.execute(query),
      );
      await expectDatabaseError(attempt, /permission denied/);
    }
  });
});

/** Drizzle wraps the server's error; the reason is in its cause. */
async function expectDatabaseError(attempt: Promise<unknown>, reason: RegExp) {
  const error = await attempt.then(
    () => null,
    (e: Error & { cause?: Error }) => e,
  );
  expect(error?.cause?.message ?? error?.message).toMatch(reason);
}
