// The device's operation log: queued operations survive, are sent in batches, leave the queue
// once the server has them, stay (marked) when refused, and wait when the network is gone.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';

type Modules = {
  store: typeof import('./device-store');
  sync: typeof import('./sync');
  network: typeof import('./connectivity');
};

let m: Modules;

/** A fresh IndexedDB and fresh modules (the store keeps its open database) for each test. */
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  m = {
    store: await import('./device-store'),
    sync: await import('./sync'),
    network: await import('./connectivity'),
  };
});

const ORG = '7f6b2c55-7a36-4a8a-9d6e-3d0c1d3b8f11';
const SESSION = '3c9a1e0e-5c2b-4a57-8f21-0f0a2d1f7a42';

function mark(participantId: string, recordedAt = '2026-03-10T09:05:00.000Z') {
  return {
    opId: crypto.randomUUID(),
    deviceId: 'web-test',
    recordedAt,
    kind: 'attendance.mark' as const,
    sessionId: SESSION,
    participantId,
    status: 'present' as const,
  };
}

/** Answers each POST with the outcomes `decide` gives, and records what was sent. */
function serverAnswering(decide: (opId: string, n: number) => string) {
  const batches: { opId: string }[][] = [];
  globalThis.fetch = vi.fn(async (request: Request) => {
    const { operations } = (await request.json()) as { operations: { opId: string }[] };
    batches.push(operations);
    const results = operations.map((op, n) => {
      const outcome = decide(op.opId, n);
      return outcome === 'refused'
        ? { opId: op.opId, outcome, reason: 'ATTENDANCE.SESSION_CANCELLED', message: 'Cancelled' }
        : { opId: op.opId, outcome };
    });
    return new Response(JSON.stringify({ results }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return batches;
}

describe('the device operation log', () => {
  test('keeps operations in the order recorded, per organisation, until the server has them', async () => {
    const first = mark(crypto.randomUUID(), '2026-03-10T09:05:00.000Z');
    const second = mark(crypto.randomUUID(), '2026-03-10T09:06:00.000Z');
    await m.store.enqueue(ORG, [first]);
    await m.store.enqueue(ORG, [second]);
    await m.store.enqueue(crypto.randomUUID(), [mark(crypto.randomUUID())]);
    expect((await m.store.listQueue(ORG)).map((q) => q.opId)).toEqual([first.opId, second.opId]);

    const refusedId = second.opId;
    const batches = serverAnswering((opId) => (opId === refusedId ? 'refused' : 'applied'));
    const outcome = await m.sync.syncQueue(ORG);
    expect(outcome).toEqual({ sent: 2, applied: 1, refused: 1 });
    expect(batches).toHaveLength(1);
    const left = await m.store.listQueue(ORG);
    expect(left.map((q) => [q.opId, q.refused?.reason])).toEqual([
      [refusedId, 'ATTENDANCE.SESSION_CANCELLED'],
    ]);
    // A refused operation is not sent again; dismissing it empties the queue.
    await m.sync.syncQueue(ORG);
    expect(batches).toHaveLength(1);
    await m.store.dismissRefused(ORG);
    expect(await m.store.listQueue(ORG)).toEqual([]);
  });

  test('sends a long queue in batches of at most 1000, and removes duplicates as received', async () => {
    const ops = Array.from({ length: 1500 }, () => mark(crypto.randomUUID()));
    await m.store.enqueue(ORG, ops);
    const batches = serverAnswering((_, n) => (n % 2 ? 'duplicate' : 'superseded'));
    expect(await m.sync.syncQueue(ORG)).toEqual({ sent: 1500, applied: 0, refused: 0 });
    expect(batches.map((b) => b.length)).toEqual([1000, 500]);
    expect(await m.store.listQueue(ORG)).toEqual([]);
  });

  test('keeps everything and goes offline by itself when the server cannot be reached', async () => {
    await m.store.enqueue(ORG, [mark(crypto.randomUUID())]);
    expect(m.network.connectivity().online).toBe(true);
    globalThis.fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(m.sync.syncQueue(ORG)).rejects.toMatchObject({ code: 'CLIENT.NETWORK' });
    expect(m.network.connectivity()).toMatchObject({ online: false, since: expect.any(String) });
    expect(await m.store.listQueue(ORG)).toHaveLength(1);
    // The next answer from the server brings it back online.
    serverAnswering(() => 'applied');
    await m.sync.syncQueue(ORG);
    expect(m.network.connectivity()).toEqual({ online: true, since: null });
    expect(await m.store.listQueue(ORG)).toEqual([]);
  });

  test('stays offline when an answer arrives to a request sent before the network was lost', async () => {
    const sentBefore = Date.now() - 1000;
    m.network.reportNetworkFailure();
    m.network.reportServerReached(sentBefore);
    expect(m.network.connectivity()).toMatchObject({ online: false });
    // A request sent since then that is answered: the server is reachable again.
    m.network.reportServerReached(Date.now());
    expect(m.network.connectivity()).toEqual({ online: true, since: null });
  });

  test('keeps one device id, and what was downloaded under its key', async () => {
    const id = await m.store.deviceId();
    expect(id).toMatch(/^web-[0-9a-f-]{13}$/);
    expect(await m.store.deviceId()).toBe(id);
    await m.store.saveDownload(ORG, 'my-day|2026-03-10', { sessions: 2 });
    expect(await m.store.loadDownload(ORG, 'my-day|2026-03-10')).toMatchObject({
      orgId: ORG,
      value: { sessions: 2 },
    });
    expect(await m.store.loadDownload(ORG, 'my-day|2026-03-11')).toBeUndefined();
  });

  test('carries the operations of the former attendance queue over, under their new kind', async () => {
    // A device still holding version 1: attendance's own store, with a day and two marks queued.
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open('tutti-offline', 1);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        db.createObjectStore('days', { keyPath: 'key' });
        db.createObjectStore('queue', { keyPath: 'opId' }).createIndex('byOrg', 'orgId');
        db.createObjectStore('meta');
        const queue = opening.transaction!.objectStore('queue');
        for (const kind of ['mark', 'headcount']) {
          queue.put({
            opId: `${kind}-op`,
            orgId: ORG,
            operation: { opId: `${kind}-op`, kind },
            queuedAt: '2026-03-10T09:00:00.000Z',
          });
        }
        opening.transaction!.objectStore('meta').put('web-0123456789abc', 'deviceId');
      };
      opening.onsuccess = () => {
        opening.result.close();
        resolve();
      };
      opening.onerror = () => reject(opening.error);
    });
    const queue = await m.store.listQueue(ORG);
    expect(queue.map((q) => q.operation.kind).sort()).toEqual([
      'attendance.headcount',
      'attendance.mark',
    ]);
    expect(await m.store.deviceId()).toBe('web-0123456789abc');
  });
});
