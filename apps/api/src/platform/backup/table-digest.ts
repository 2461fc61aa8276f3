// What a backup holds, table by table: the row count and a digest of the rows' contents, the
// same on the instance backed up and on the one restored, whatever the order rows are stored in.
import type { TuttiDatabase, Tx } from '@tutti/db';
import { sql } from 'drizzle-orm';

/** Runs one SQL text and gives its rows: on the database, or inside a transaction. */
export type Query = (text: string) => Promise<Record<string, unknown>[]>;

export const onDatabase =
  (database: TuttiDatabase): Query =>
  async (text) =>
    (await database.executeSql(text)).rows;

export const inTransaction =
  (tx: Tx): Query =>
  async (text) =>
    ((await tx.execute(sql.raw(text))) as unknown as { rows: Record<string, unknown>[] }).rows;

export type TableDigest = { rows: number; md5: string };

/** The application's tables (schema public); migrations and jobs live in their own schemas. */
export async function applicationTables(query: Query): Promise<string[]> {
  const rows = await query(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((row) => String(row.name));
}

export function quoted(table: string) {
  return `"${table.replaceAll('"', '""')}"`;
}

export async function tableDigests(query: Query): Promise<Record<string, TableDigest>> {
  const digests: Record<string, TableDigest> = {};
  for (const table of await applicationTables(query)) {
    const rows = await query(
      `select count(*)::int as rows,
              coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as md5
         from ${quoted(table)} t`,
    );
    digests[table] = { rows: Number(rows[0]!.rows), md5: String(rows[0]!.md5) };
  }
  return digests;
}
