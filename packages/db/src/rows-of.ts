// The rows of a plain SQL query, the same way on PGlite and node-postgres.
import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

export async function rowsOf<T>(tx: Executor, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
