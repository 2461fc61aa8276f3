// The cost of one request of each kind of the mixed load, measured one kind at a time: server CPU
// and PostgreSQL buffers per request, figures that depend little on what else the machine runs.
// `npm run bench:api -- --only costs` (`TUTTI_RESPONSE_CACHE_MB=0` to measure reads computed).
import { randomUUID } from 'node:crypto';
import type { MixedFixtures } from './api-mixed-fixtures';

export type CostOptions = {
  baseUrl: string;
  orgId: string;
  fixtures: MixedFixtures;
  /** Requests per kind, and how many at a time. */
  requests: number;
  parallel: number;
  signIn(email: string): Promise<Record<string, string>>;
  cpuMs(): number;
  /** PostgreSQL only: buffers read so far. */
  buffers: (() => Promise<number>) | null;
};

export async function runCosts(options: CostOptions) {
  const { fixtures, baseUrl } = options;
  const org = `/api/orgs/${options.orgId}`;
  const artists = await Promise.all(
    fixtures.artists.map(async (a) => ({ ...a, headers: await options.signIn(a.email) })),
  );
  const coordinator = await options.signIn('coordinator@large.test');
  // As autocannon in the mixed load: answers not compressed.
  const plain = { 'accept-encoding': 'identity' };
  const n = options.requests;
  const parallel = options.parallel;
  type Req = { method: string; path: string; headers: Record<string, string>; body?: string };
  const kinds: Record<string, (i: number) => Req> = {
    day: (i) => {
      const a = artists[i % artists.length]!;
      return {
        method: 'GET',
        path: `${org}/my-day?date=${a.day}`,
        headers: { ...a.headers, ...plain },
      };
    },
    month: (i) => {
      const a = artists[i % artists.length]!;
      return {
        method: 'GET',
        path: `${org}/sessions?artistId=${a.artistId}&from=${a.monthFrom}&to=${a.monthTo}`,
        headers: { ...a.headers, ...plain },
      };
    },
    mark: (i) => {
      const a = artists[i % artists.length]!;
      return {
        method: 'POST',
        path: `${org}/offline/operations`,
        headers: { ...a.headers, ...plain, 'content-type': 'application/json' },
        body: JSON.stringify({
          operations: [
            {
              opId: randomUUID(),
              deviceId: `bench-${a.artistId}`,
              recordedAt: new Date().toISOString(),
              sessionId: a.markSessionId,
              kind: 'attendance.mark',
              participantId: a.markParticipantIds[i % a.markParticipantIds.length],
              status: i % 7 === 0 ? 'absent' : 'present',
            },
          ],
        }),
      };
    },
    notes: (i) => {
      const s = fixtures.editable[i % fixtures.editable.length]!;
      return {
        method: 'PATCH',
        path: `${org}/sessions/${s.id}`,
        headers: { ...coordinator, ...plain, 'content-type': 'application/json' },
        body: JSON.stringify({ notes: `Bench note ${i} ${Date.now()}` }),
      };
    },
    move: (i) => {
      const s = fixtures.editable[i % fixtures.editable.length]!;
      return {
        method: 'PATCH',
        path: `${org}/sessions/${s.id}`,
        headers: { ...coordinator, ...plain, 'content-type': 'application/json' },
        body: JSON.stringify({
          durationMin: s.durationMin - (Math.floor(i / fixtures.editable.length) % 2 === 0 ? 5 : 0),
          override: { reason: 'Bench: end time moved' },
        }),
      };
    },
  };

  console.log(
    `\nbench:api costs: ${n} requests of each kind, ${parallel} at a time (response cache ${process.env.TUTTI_RESPONSE_CACHE_MB ?? '64'} MiB)`,
  );
  console.log('kind    server CPU ms/req  buffers/req  bytes/answer  statuses');
  for (const [name, make] of Object.entries(kinds)) {
    // Warm-up: the answers are cached, the plans made, the pool's connections open.
    for (let i = 0; i < 20; i++) {
      const r = make(i + 100_000);
      await fetch(baseUrl + r.path, r).then((response) => response.arrayBuffer());
    }
    // PostgreSQL publishes its counters with a delay of up to a second.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const startCpu = options.cpuMs();
    const startBuffers = (await options.buffers?.()) ?? 0;
    let next = 0;
    let bytes = 0;
    const statuses = new Map<number, number>();
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < n) {
          const r = make(next++);
          const response = await fetch(baseUrl + r.path, r);
          bytes += (await response.arrayBuffer()).byteLength;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }),
    );
    const cpu = options.cpuMs() - startCpu;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const buffers = ((await options.buffers?.()) ?? 0) - startBuffers;
    console.log(
      `${name.padEnd(8)}${(cpu / n).toFixed(2).padStart(17)}${(options.buffers ? (buffers / n).toFixed(0) : '-').padStart(13)}${String(Math.round(bytes / n)).padStart(14)}  ${[...statuses].map(([status, count]) => `${status} ×${count}`).join(', ')}`,
    );
  }
}
