// Bulk inserts for generated data: one statement per batch, each column sent as one array literal.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';

export type ColumnType =
  | 'uuid'
  | 'text'
  | 'integer'
  | 'float8'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'text[]';
export type Cell = string | number | boolean | Date | null | string[];

/** A PostgreSQL array literal: `{"a","b",NULL}`; both drivers pass it as one text parameter. */
function arrayLiteral(values: readonly Cell[], type: ColumnType): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL';
    if (value instanceof Date) return `"${value.toISOString()}"`;
    if (Array.isArray(value)) {
      // A text[] cell becomes the text of its own literal; unnest then casts it back.
      return `"${`{${value.map((v) => `"${v}"`).join(',')}}`.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    }
    if (typeof value === 'string') return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return String(value);
  });
  return type === 'text[]' ? `{${items.join(',')}}` : `{${items.join(',')}}`;
}

/**
 * Inserts `rows` into `table` by batches of `batchSize`, with `insert … select from unnest(…)`:
 * a handful of parameters per batch whatever its size, on PostgreSQL and PGlite alike.
 *
 * @example await insertRows(tx, 'groups', [['id', 'uuid'], ['name', 'text']], [[id, 'CE2']])
 */
export async function insertRows(
  tx: Executor,
  table: string,
  columns: readonly (readonly [string, ColumnType])[],
  rows: readonly (readonly Cell[])[],
  batchSize = 20_000,
) {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const arrays = columns.map(
      ([, type], index) =>
        sql`${arrayLiteral(
          batch.map((row) => row[index]!),
          type,
        )}::${sql.raw(type === 'text[]' ? 'text' : type)}[]`,
    );
    const names = sql.raw(columns.map(([name]) => `"${name}"`).join(', '));
    const casts = sql.raw(
      columns
        .map(([name, type]) => (type === 'text[]' ? `"${name}"::text[]` : `"${name}"`))
        .join(', '),
    );
    await tx.execute(
      sql`insert into ${sql.raw(`"${table}"`)} (${names}) select ${casts} from unnest(${sql.join(arrays, sql`, `)}) as t(${names})`,
    );
  }
}
