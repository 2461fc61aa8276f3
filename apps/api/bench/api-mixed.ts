// The mixed benchmark: artists read their day and their calendar while coordinators edit those
// artists' sessions and the artists send attendance marks, all at once, in consecutive runs on
// one server, so that a loss of throughput from one run to the next, or growing memory, shows.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { MixedFixtures } from './api-mixed-fixtures';

type Headers = Record<string, string>;

export type MixedOptions = {
  baseUrl: string;
  orgId: string;
  fixtures: MixedFixtures;
  connections: number;
  durationS: number;
  runs: number;
  signIn(email: string): Promise<Headers>;
  rssMb(): number;
  cpuMs(): number;
  /** PostgreSQL only: buffers read so far, and a line on table sizes and dead rows. */
  database: { buffers(): Promise<number>; note(): Promise<string> } | null;
};

type Kind = 'read' | 'mark' | 'edit';

type RunFigures = {
  latencies: Record<Kind, number[]>;
  requests: Record<Kind, number>;
  non2xx: number;
  /** Answers other than 2xx by kind and status, e.g. `edit 409`. */
  refused: Map<string, number>;
  errors: number;
  timeouts: number;
};

function percentile(sorted: number[], fraction: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** Two thirds of the connections read, one sixth mark, one sixth edit. */
function split(connections: number) {
  const writers = Math.max(1, Math.round(connections / 6));
  return { read: Math.max(1, connections - 2 * writers), mark: writers, edit: writers };
}

export async function runMixed(options: MixedOptions) {
  const { fixtures, baseUrl } = options;
  const org = `/api/orgs/${options.orgId}`;
  const artists = await Promise.all(
    fixtures.artists.map(async (artist) => ({
      ...artist,
      headers: await options.signIn(artist.email),
    })),
  );
  const coordinator = await options.signIn('coordinator@large.test');
  let counter = 0;
  const next = () => {
    counter += 1;
    return counter;
  };

  const requestsOf: Record<Kind, autocannon.Request> = {
    // Each artist's day and month, in turn.
    read: {
      setupRequest: (request) => {
        const n = next();
        const artist = artists[n % artists.length]!;
        const path =
          n % 2 === 0
            ? `${org}/my-day?date=${artist.day}`
            : `${org}/sessions?artistId=${artist.artistId}&from=${artist.monthFrom}&to=${artist.monthTo}`;
        return { ...request, method: 'GET', path, headers: artist.headers };
      },
    },
    // One mark per request, from an artist on a session they lead.
    mark: {
      setupRequest: (request) => {
        const n = next();
        const artist = artists[n % artists.length]!;
        const participantId = artist.markParticipantIds[n % artist.markParticipantIds.length];
        const body = JSON.stringify({
          operations: [
            {
              opId: randomUUID(),
              deviceId: `bench-${artist.artistId}`,
              recordedAt: new Date().toISOString(),
              sessionId: artist.markSessionId,
              kind: 'attendance.mark',
              participantId,
              status: n % 7 === 0 ? 'absent' : 'present',
            },
          ],
        });
        const headers = { ...artist.headers, 'content-type': 'application/json' };
        return { ...request, method: 'POST', path: `${org}/offline/operations`, headers, body };
      },
    },
    // Notes, or the end time moved by five minutes and back, on the artists' sessions.
    edit: {
      setupRequest: (request) => {
        const n = next();
        const session = fixtures.editable[n % fixtures.editable.length]!;
        const change =
          n % 2 === 0
            ? { notes: `Bench note ${n}` }
            : {
                durationMin: session.durationMin - (n % 4 === 1 ? 5 : 0),
                // The generated sessions may already conflict (travel time): accepted knowingly.
                override: { reason: 'Bench: end time moved' },
              };
        const headers = { ...coordinator, 'content-type': 'application/json' };
        const path = `${org}/sessions/${session.id}`;
        return { ...request, method: 'PATCH', path, headers, body: JSON.stringify(change) };
      },
    },
  };

  const shares = split(options.connections);
  console.log(
    `\nbench:api mixed: ${artists.length} artists (day, month, marks), ${fixtures.editable.length} sessions edited; connections read ${shares.read}, mark ${shares.mark}, edit ${shares.edit}; ${options.runs} runs of ${options.durationS} s`,
  );
  console.log(
    'run  p50 ms  p95 ms  p99 ms   req/s  read p95  mark p95  edit p95  non-2xx  errors  timeouts  RSS start/peak/end MiB  load 1 min',
  );
  const history: { rate: number; endRss: number; failures: number }[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const startRss = options.rssMb();
    const startCpu = options.cpuMs();
    const startBuffers = (await options.database?.buffers()) ?? 0;
    let peakRss = startRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, options.rssMb());
    }, 200);
    const figures: RunFigures = {
      latencies: { read: [], mark: [], edit: [] },
      requests: { read: 0, mark: 0, edit: 0 },
      non2xx: 0,
      refused: new Map(),
      errors: 0,
      timeouts: 0,
    };
    await Promise.all(
      (Object.keys(shares) as Kind[]).map((kind) =>
        drive(baseUrl, shares[kind], options.durationS, requestsOf[kind], kind, figures),
      ),
    );
    clearInterval(sampler);
    const endRss = options.rssMb();
    peakRss = Math.max(peakRss, endRss);
    printRun(run, figures, options.durationS, [startRss, peakRss, endRss]);
    const rate = (kind: Kind) => Math.round(figures.requests[kind] / options.durationS);
    const total = figures.requests.read + figures.requests.mark + figures.requests.edit;
    history.push({
      rate: total / options.durationS,
      endRss,
      failures: figures.errors + figures.timeouts + countServerErrors(figures.refused),
    });
    // Per request, so that they do not depend on how much CPU other processes left us.
    const cpuPerRequest = (options.cpuMs() - startCpu) / Math.max(1, total);
    let perRequest = `server CPU ${cpuPerRequest.toFixed(2)} ms`;
    if (options.database) {
      // PostgreSQL publishes its counters with a delay of up to a second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const buffers = (await options.database.buffers()) - startBuffers;
      perRequest += `, PostgreSQL buffers ${(buffers / Math.max(1, total)).toFixed(0)}`;
    }
    console.log(
      `     req/s read ${rate('read')}, mark ${rate('mark')}, edit ${rate('edit')}; per request: ${perRequest}`,
    );
    if (figures.refused.size > 0) {
      console.log(`     not 2xx: ${[...figures.refused].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    }
    const note = await options.database?.note();
    if (note) console.log(`     ${note}`);
  }
  printVerdict(history);
}

function countServerErrors(refused: Map<string, number>) {
  let count = 0;
  for (const [key, n] of refused) if (/ 5\d\d$/.test(key)) count += n;
  return count;
}

/**
 * The soak's three questions over consecutive runs: any error (5xx, socket error, timeout)?
 * did memory stop growing after the first run (the warm-up)? does the last run keep within 10 %
 * of the first run's throughput?
 */
function printVerdict(history: { rate: number; endRss: number; failures: number }[]) {
  if (history.length < 2) return;
  const first = history[0]!;
  const last = history.at(-1)!;
  const failures = history.reduce((sum, run) => sum + run.failures, 0);
  const rssGrowth = last.endRss - first.endRss;
  const rateChange = (last.rate - first.rate) / first.rate;
  const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.log(
    `\nsoak: errors ${failures} (${verdict(failures === 0)} zero); RSS after warm-up ${Math.round(first.endRss)} → ${Math.round(last.endRss)} MiB (${rssGrowth >= 0 ? '+' : ''}${Math.round(rssGrowth)}; flat within 10 %: ${verdict(Math.abs(rssGrowth) <= 0.1 * first.endRss)}); throughput first ${Math.round(first.rate)} → last ${Math.round(last.rate)} req/s (${(rateChange * 100).toFixed(1)} %; within 10 %: ${verdict(Math.abs(rateChange) <= 0.1)})`,
  );
}

function drive(
  url: string,
  connections: number,
  durationS: number,
  request: autocannon.Request,
  kind: Kind,
  figures: RunFigures,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: durationS, requests: [request] } as autocannon.Options,
      (error, result) => {
        if (error) return reject(error);
        figures.requests[kind] += result.requests.total;
        figures.non2xx += result.non2xx;
        figures.errors += result.errors - result.timeouts;
        figures.timeouts += result.timeouts;
        resolve();
      },
    );
    instance.on('response', (_client, status: number, _bytes, responseTimeMs: number) => {
      figures.latencies[kind].push(responseTimeMs);
      if (status >= 300) {
        const key = `${kind} ${status}`;
        figures.refused.set(key, (figures.refused.get(key) ?? 0) + 1);
      }
    });
  });
}

function printRun(run: number, figures: RunFigures, durationS: number, rss: number[]) {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const all = sorted(Object.values(figures.latencies).flat());
  const p95Of = (kind: Kind) => percentile(sorted(figures.latencies[kind]), 0.95);
  const total = figures.requests.read + figures.requests.mark + figures.requests.edit;
  const ms = (value: number, width = 8) => value.toFixed(1).padStart(width);
  console.log(
    `${String(run).padEnd(3)}${ms(percentile(all, 0.5))}${ms(percentile(all, 0.95))}${ms(percentile(all, 0.99))}${String(Math.round(total / durationS)).padStart(8)}${ms(p95Of('read'), 10)}${ms(p95Of('mark'), 10)}${ms(p95Of('edit'), 10)}${String(figures.non2xx).padStart(9)}${String(figures.errors).padStart(8)}${String(figures.timeouts).padStart(10)}  ${rss
      .map((v) => Math.round(v))
      .join(' / ')
      .padStart(22)}  ${loadavg()[0]!.toFixed(2).padStart(10)}`,
  );
}
