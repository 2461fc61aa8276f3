// kill -9 of the server while it writes an import of 2,000 partners, on either database: after
// the restart the organisation holds all of them or none, and applying the import again writes
// each line once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload, utf8BomCsv } from '../../testing/import-files';
import {
  createDurableDatabase,
  type DurableDatabase,
  postInFlight,
  startServerProcess,
  transactionSeen,
} from '../../testing/server-process';
import { buildOrganisation, type Client, startTestApp } from '../../testing/test-app';

const LINES = 2000;

let durable: DurableDatabase;
let orgId: string;
let coordinator: Client;
let batchId: string;

beforeAll(async () => {
  durable = await createDurableDatabase();
  const t = await startTestApp({}, { database: await durable.open() });
  const org = await buildOrganisation(t, ['coordinator']);
  const lines = Array.from({ length: LINES }, (_, n) => `Association ${n};Association;Nevers;`);
  const file = utf8BomCsv(['Nom de la structure;Type;Commune;Courriel', ...lines]);
  const uploaded = await upload(org.members.coordinator, org.id, 'partners', file);
  expect(uploaded.status).toBe(201);
  orgId = org.id;
  coordinator = org.members.coordinator;
  batchId = uploaded.batch.id;
  await t.close();
}, 180_000);
afterAll(() => durable?.drop());

async function partnersCount(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/orgs/${orgId}/partners?limit=1`, {
    headers: coordinator.authHeaders,
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

function applyUrl(baseUrl: string) {
  return `${baseUrl}/api/orgs/${orgId}/imports/${batchId}/apply`;
}

describe('kill -9 during an import', () => {
  it('leaves every line or none, and the import applied again writes each line once', async () => {
    const first = await startServerProcess(durable.env);
    const { sent } = postInFlight(applyUrl(first.baseUrl), coordinator.authHeaders, {
      duplicates: 'keep',
    });
    await sent;
    const databaseUrl = durable.env.DATABASE_URL;
    // On PostgreSQL the kill lands inside the import's transaction; on the embedded database,
    // once the request has reached the server.
    if (databaseUrl) expect(await transactionSeen(databaseUrl, '%partners%')).toBe(true);
    await first.kill9();

    const second = await startServerProcess(durable.env);
    try {
      const kept = await partnersCount(second.baseUrl);
      expect([0, LINES]).toContain(kept);
      if (kept === 0) {
        const applied = await fetch(applyUrl(second.baseUrl), {
          method: 'POST',
          headers: { ...coordinator.authHeaders, 'content-type': 'application/json' },
          body: JSON.stringify({ duplicates: 'keep' }),
        });
        expect(applied.status).toBe(200);
      }
      expect(await partnersCount(second.baseUrl)).toBe(LINES);
      console.log(
        `kill -9 during an import of ${LINES} lines: ${kept === 0 ? 'nothing was kept, applied again' : 'all lines were kept'}; ${LINES} partners in the end`,
      );
    } finally {
      await second.stop();
    }
  }, 120_000);
});
