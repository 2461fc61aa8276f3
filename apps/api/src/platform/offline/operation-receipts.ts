// The only queries of the operation log: which op ids were received before, and their receipts.
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

/** Ids as one text parameter: validated UUIDs, turned into an array by the server. */
const uuids = (ids: string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/** Of `opIds`, those already in the log. */
export async function receivedBefore(tx: Executor, opIds: string[]): Promise<Set<string>> {
  if (opIds.length === 0) return new Set();
  const rows = await rowsOf<{ op_id: string }>(
    tx,
    sql`select op_id from offline_operations where op_id = any(${uuids(opIds)})`,
  );
  return new Set(rows.map((row) => row.op_id));
}

export type Receipt = {
  op_id: string;
  org_id: string;
  kind: string;
  device_id: string;
  user_id: string;
  recorded_at: string;
};

/**
 * Writes the receipts in one statement and returns the op ids written. An op id another batch
 * logged meanwhile is left out: PostgreSQL waits for that batch to end, so the op is applied by
 * exactly one of them. Sorted by op id, so two batches never wait on each other's receipts.
 */
export async function writeReceipts(tx: Executor, receipts: Receipt[]): Promise<Set<string>> {
  if (receipts.length === 0) return new Set();
  const rows = await rowsOf<{ op_id: string }>(
    tx,
    sql`insert into offline_operations (op_id, org_id, kind, device_id, user_id, recorded_at)
        select r.op_id, r.org_id, r.kind, r.device_id, r.user_id, r.recorded_at
        from jsonb_to_recordset(${JSON.stringify(receipts)}::jsonb) as r(op_id uuid, org_id uuid,
          kind text, device_id text, user_id uuid, recorded_at timestamptz)
        order by r.op_id
        on conflict (op_id) do nothing
        returning op_id`,
  );
  return new Set(rows.map((row) => row.op_id));
}
