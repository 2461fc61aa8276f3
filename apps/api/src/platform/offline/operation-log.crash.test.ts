// kill -9 of the server while it applies a batch of offline operations, on either database: the
// batch is applied whole or not at all, and the device, sending it again after the restart, gets
// every operation applied exactly once.
import type { AttendanceOperation } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttendanceScene, markOp } from '../../testing/attendance-setup';
import {
  createDurableDatabase,
  type DurableDatabase,
  postInFlight,
  startServerProcess,
  transactionSeen,
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
    const { sent } = postInFlight(
      `${first.baseUrl}/api/orgs/${orgId}/offline/operations`,
      coordinator.authHeaders,
      { operations: batch },
    );
    await sent;
    const databaseUrl = durable.env.DATABASE_URL;
    // On PostgreSQL the kill lands inside the batch's transaction; on the embedded database,
    // once the batch has reached the server.
    if (databaseUrl) expect(await transactionSeen(databaseUrl, '%attendance%')).toBe(true);
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
