// kill -9 of the server while it applies a batch of offline operations, on either database: the
// batch is applied whole or not at all, and the device, sending it again after the restart, gets
// every operation applied exactly once.
import { request as httpRequest } from 'node:http';
import type { AttendanceOperation } from '@tutti/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttendanceScene, markOp } from '../../testing/attendance-setup';
import {
  createDurableDatabase,
  type DurableDatabase,
  startServerProcess,
} from '../../testing/server-process';
import { buildOrganisation, type Client, startTestApp } from '../../testing/test-app';

const PARTICIPANTS = 500;

let durable: DurableDatabase;
let orgId: string;
let coordinator: Client;
let batch: AttendanceOperation[];

beforeAll(async () => {
  durable = await createDurableDatabase();
  const t = await startTestApp({}, { database: await durable.open() });
  const org = await buildOrganisation(t, ['coordinator', 'artist']);
  const { session, people } = await buildAttendanceScene(t, org, { participants: PARTICIPANTS });
  orgId = org.id;
  coordinator = org.members.coordinator;
  batch = people.map((person, n) =>
    markOp(session.id, person.id, n % 5 === 0 ? 'absent' : 'present', { deviceId: 'tablet-1' }),
  );
  await t.close();
}, 180_000);
afterAll(() => durable?.drop());

type Result = { opId: string; outcome: string };

/** Posts the batch; resolves once the body is sent, with the answer still to come. */
function sendBatch(baseUrl: string) {
  const body = JSON.stringify({ operations: batch });
  const request = httpRequest(`${baseUrl}/api/orgs/${orgId}/offline/operations`, {
    method: 'POST',
    headers: {
      ...coordinator.authHeaders,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    },
  });
  const answered = new Promise<string>((resolve, reject) => {
    request.once('response', (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.once('end', () => resolve(text));
      response.once('error', reject);
    });
    request.once('error', reject);
  });
  answered.catch(() => {}); // the kill ends it; that is the point
  const sent = new Promise<void>((resolve) => request.once('finish', () => resolve()));
  request.end(body);
  return { sent, answered };
}

/** On PostgreSQL: waits until the server holds an open transaction on the database. */
async function transactionUnderWay(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    for (let probe = 0; probe < 20_000; probe++) {
      const { rows } = await client.query(
        `select count(*)::int as n from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and xact_start is not null
            and query ilike '%attendance%'`,
        [name],
      );
      if (rows[0].n > 0) return true;
    }
    return false;
  } finally {
    await client.end();
  }
}

async function send(baseUrl: string): Promise<Result[]> {
  const response = await fetch(`${baseUrl}/api/orgs/${orgId}/offline/operations`, {
    method: 'POST',
    headers: { ...coordinator.authHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ operations: batch }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Result[] }).results;
}

describe('kill -9 during an offline sync', () => {
  it('leaves the batch whole or absent, and the batch sent again applies each operation once', async () => {
    const first = await startServerProcess(durable.env);
    const { sent } = sendBatch(first.baseUrl);
    await sent;
    const databaseUrl = durable.env.DATABASE_URL;
    // On PostgreSQL the kill lands inside the batch's transaction; on the embedded database,
    // once the batch has reached the server.
    if (databaseUrl) expect(await transactionUnderWay(databaseUrl)).toBe(true);
    await first.kill9();

    // The embedded database opens again at once (its lock names a dead process).
    const second = await startServerProcess(durable.env);
    try {
      const again = await send(second.baseUrl);
      expect(again.map((r) => r.opId)).toEqual(batch.map((op) => op.opId));
      const outcomes = new Set(again.map((r) => r.outcome));
      // All applied now (the killed transaction left nothing), or all applied before the kill.
      expect(outcomes.size).toBe(1);
      expect(['applied', 'duplicate']).toContain([...outcomes][0]);
      console.log(
        `kill -9 during a sync of ${batch.length} operations: ${[...outcomes][0] === 'applied' ? 'nothing was kept' : 'the whole batch was kept'}; sent again, each applied once`,
      );
      const third = await send(second.baseUrl);
      expect(new Set(third.map((r) => r.outcome))).toEqual(new Set(['duplicate']));
    } finally {
      await second.stop();
    }
  }, 120_000);
});
