// Every change to an organisation's rows raises its data version once, when the change commits.
import { rowsOf, schema, UNVERSIONED_TABLES } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const rowsOfQuery = <T>(query: ReturnType<typeof sql>) => rowsOf<T>(t.database.db, query);

async function versionOf(orgId: string) {
  const [row] = await t.database.db
    .select({ version: schema.orgDataVersions.version })
    .from(schema.orgDataVersions)
    .where(eq(schema.orgDataVersions.orgId, orgId));
  return row?.version ?? 0;
}

async function addPartner(orgId: string, name: string) {
  await t.database.withTenant({ orgId, userId: null }, (tx) =>
    tx.insert(schema.partners).values({ orgId, name, type: 'municipality' }),
  );
}

describe('organisation data version', () => {
  it('has a deferred trigger on every table holding org_id, and on organisations', async () => {
    const tables = await rowsOfQuery<{ table_name: string }>(sql`
      select c.table_name from information_schema.columns c
      join information_schema.tables tb on tb.table_name = c.table_name and tb.table_schema = c.table_schema
      where c.table_schema = 'public' and c.column_name = 'org_id' and tb.table_type = 'BASE TABLE'
        and c.table_name not in (${sql.join(
          UNVERSIONED_TABLES.map((table) => sql`${table}`),
          sql`, `,
        )})`);
    const triggers = await rowsOfQuery<{ table_name: string }>(sql`
      select c.relname as table_name from pg_trigger g join pg_class c on c.oid = g.tgrelid
      where g.tgname = c.relname || '_data_version' and g.tgdeferrable and g.tginitdeferred`);
    const covered = new Set(triggers.map((r) => r.table_name));
    const missing = [...tables.map((r) => r.table_name), 'organisations'].filter(
      (table) => !covered.has(table),
    );
    expect(missing).toEqual([]);
  });

  it('gives a tenant table added later its trigger when migrations run, and it raises the version', async () => {
    await t.database.executeSql(
      `create table rehearsal_notes (id uuid primary key default gen_random_uuid(),
         org_id uuid not null references organisations (id) on delete cascade, body text not null)`,
    );
    await t.database.migrate();
    const [trigger] = await rowsOfQuery<{ tgname: string; deferred: boolean }>(sql`
      select g.tgname, g.tginitdeferred as deferred from pg_trigger g
      where g.tgrelid = 'rehearsal_notes'::regclass and not g.tgisinternal`);
    expect(trigger).toEqual({ tgname: 'rehearsal_notes_data_version', deferred: true });
    const org = await buildOrganisation(t, ['admin']);
    const before = await versionOf(org.id);
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into rehearsal_notes (org_id, body) values (${org.id}, 'Canon')`);
      await tx.execute(sql`update rehearsal_notes set body = 'Canon à 3' where org_id = ${org.id}`);
    });
    expect(await versionOf(org.id)).toBe(before + 1);
  });

  it('keeps one trigger per table under its name when a table is renamed', async () => {
    await t.database.executeSql(
      `create table relay_calls (id uuid primary key default gen_random_uuid(),
         org_id uuid not null references organisations (id) on delete cascade)`,
    );
    await t.database.migrate();
    await t.database.executeSql('alter table relay_calls rename to relay_phone_calls');
    await t.database.migrate();
    const triggers = await rowsOfQuery<{ tgname: string }>(sql`
      select g.tgname from pg_trigger g
      where g.tgrelid = 'relay_phone_calls'::regclass and not g.tgisinternal`);
    expect(triggers).toEqual([{ tgname: 'relay_phone_calls_data_version' }]);
  });

  it('rises by one per committed transaction, however many rows and tables it changed', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const before = await versionOf(org.id);
    const seenInside = await t.database.withTenant({ orgId: org.id, userId: null }, async (tx) => {
      await tx.insert(schema.partners).values([
        { orgId: org.id, name: 'Mairie de Clamecy', type: 'municipality' },
        { orgId: org.id, name: 'École de Tannay', type: 'primary_school' },
      ]);
      await tx
        .insert(schema.venues)
        .values({ orgId: org.id, name: 'Salle des fêtes', kind: 'community_hall' });
      const [row] = await tx
        .select({ version: schema.orgDataVersions.version })
        .from(schema.orgDataVersions);
      return row?.version ?? 0;
    });
    // Raised at commit: the transaction itself still read the old value.
    expect(seenInside).toBe(before);
    expect(await versionOf(org.id)).toBe(before + 1);
    await addPartner(org.id, 'Centre social des Bords de Loire');
    expect(await versionOf(org.id)).toBe(before + 2);
  });

  it('does not move when the transaction rolls back, nor for another organisation', async () => {
    const a = await buildOrganisation(t, ['admin'], 'A');
    const b = await buildOrganisation(t, ['admin'], 'B');
    const [beforeA, beforeB] = [await versionOf(a.id), await versionOf(b.id)];
    const failed = t.database.withTenant({ orgId: a.id, userId: null }, async (tx) => {
      await tx.insert(schema.partners).values({ orgId: a.id, name: 'X', type: 'other' });
      throw new Error('abandoned');
    });
    await expect(failed).rejects.toThrow('abandoned');
    expect(await versionOf(a.id)).toBe(beforeA);
    await addPartner(b.id, 'Festival des Mille Voix');
    expect([await versionOf(a.id), await versionOf(b.id)]).toEqual([beforeA, beforeB + 1]);
  });

  it('can be read but not written by tenant code', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const write = t.database.withTenant({ orgId: org.id, userId: null }, (tx) =>
      tx.update(schema.orgDataVersions).set({ version: 1 }),
    );
    const error = await write.then(
      () => null,
      (e: Error & { cause?: Error }) => e,
    );
    expect(error?.cause?.message ?? error?.message).toMatch(/permission denied/);
  });
});
