// Several server processes on one PostgreSQL database, started as a deployment would start them:
// two API processes (TUTTI_PROCESS=api) behind a load balancer and one jobs worker
// (TUTTI_PROCESS=worker). Sign-in attempts spread over both API processes meet one limit, a
// write through one is read at once through the other, and a report asked of one is built by
// the worker and downloaded from the other. A worker killed (SIGKILL) in the middle of a job
// leaves it to the next worker.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDurableDatabase,
  type DurableDatabase,
  type ServerProcess,
  startServerProcess,
} from '../testing/server-process';
import { buildOrganisation, type Client, startTestApp } from '../testing/test-app';
import { loadConfig } from './config';

const onPostgres = Boolean(process.env.DATABASE_URL);

/** Asks `check` every 100 ms until it holds; false if it still does not after `timeoutMs`. */
async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function call(base: string, client: Client, method: string, path: string, body?: unknown) {
  return fetch(`${base}${path}`, {
    method,
    headers: {
      ...client.authHeaders,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
if (!onPostgres) {
  console.log(
    'process-roles.test.ts: the processes test is skipped on the embedded database (it opens in one process only); the PostgreSQL suite runs it',
  );
}

describe('TUTTI_PROCESS on the embedded database', () => {
  it('refuses api and worker with a clear message', () => {
    for (const role of ['api', 'worker']) {
      expect(() => loadConfig({ TUTTI_PROCESS: role })).toThrow(
        /TUTTI_PROCESS: '(api|worker)' needs PostgreSQL \(DATABASE_URL\)/,
      );
    }
    expect(loadConfig({}).processRole).toBe('all');
  });
});

describe.skipIf(!onPostgres)('two API processes and one worker on one database', () => {
  let durable: DurableDatabase;
  let orgId: string;
  let coordinator: Client;
  const apis: ServerProcess[] = [];
  let worker: ServerProcess | undefined;

  beforeAll(async () => {
    durable = await createDurableDatabase();
    const t = await startTestApp({}, { database: await durable.open() });
    const org = await buildOrganisation(t, ['coordinator']);
    orgId = org.id;
    coordinator = org.members.coordinator;
    await t.close();
    const limits = { TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '4' };
    [apis[0], apis[1], worker] = await Promise.all([
      startServerProcess({ ...durable.env, ...limits, TUTTI_PROCESS: 'api' }),
      startServerProcess({ ...durable.env, ...limits, TUTTI_PROCESS: 'api' }),
      startServerProcess({ ...durable.env, TUTTI_PROCESS: 'worker' }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...apis, worker].map((process) => process?.stop()));
    await durable?.drop();
  });

  const api = (n: number) => apis[n]!.baseUrl;

  const send = (base: string, method: string, path: string, body?: unknown) =>
    call(base, coordinator, method, path, body);

  it('counts sign-in attempts sent to both API processes against one limit', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await fetch(`${api(attempt % 2)}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'guess@example.test', password: 'a wrong guess' }),
      });
      statuses.push(response.status);
    }
    // 4 per minute for one address and account, whichever process answers.
    expect(statuses.filter((status) => status === 401)).toHaveLength(4);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  });

  it('reads a write made through one API process at once through the other', async () => {
    const before = await send(api(1), 'GET', `/api/orgs/${orgId}/venues?limit=50`);
    expect(before.status).toBe(200);
    const created = await send(api(0), 'POST', `/api/orgs/${orgId}/venues`, {
      name: 'Salle des fêtes de Lormes',
      kind: 'community_hall',
    });
    expect(created.status).toBe(201);
    const after = await send(api(1), 'GET', `/api/orgs/${orgId}/venues?limit=50`);
    const names = ((await after.json()) as { items: { name: string }[] }).items.map((v) => v.name);
    expect(names).toContain('Salle des fêtes de Lormes');
  });

  it('builds a report asked of one API process in the worker; the other serves it', async () => {
    const asked = await send(api(0), 'POST', `/api/orgs/${orgId}/reports`, {
      template: 'funder_summary',
      from: '2026-09-01',
      to: '2027-08-31',
    });
    expect(asked.status).toBe(202);
    const { id } = (await asked.json()) as { id: string };
    let status = 'queued';
    for (let poll = 0; poll < 600 && (status === 'queued' || status === 'running'); poll++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const report = await send(api(1), 'GET', `/api/orgs/${orgId}/reports/${id}`);
      status = ((await report.json()) as { status: string }).status;
    }
    expect(status).toBe('done');
    const file = await send(api(1), 'GET', `/api/orgs/${orgId}/reports/${id}/download?format=pdf`);
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('lets the worker answer health checks and nothing else', async () => {
    expect((await fetch(`${worker!.baseUrl}/healthz`)).status).toBe(200);
    expect((await send(worker!.baseUrl, 'GET', `/api/orgs/${orgId}/venues`)).status).toBe(404);
    expect(worker!.output()).not.toMatch(/error/i);
  });
});

describe.skipIf(!onPostgres)('a worker killed (SIGKILL) in the middle of a job', () => {
  // A job's attempt is taken back once its expiry has passed (pg-boss's default, 15 minutes, in
  // production): 10 s here, on every process, since a job keeps the expiry of the one that
  // queued it.
  const expiry = { TUTTI_JOB_EXPIRY_SECONDS: '10' };
  let durable: DurableDatabase;
  let orgId: string;
  let coordinator: Client;
  let api: ServerProcess | undefined;
  const workers: ServerProcess[] = [];

  beforeAll(async () => {
    durable = await createDurableDatabase();
    const t = await startTestApp({}, { database: await durable.open() });
    const org = await buildOrganisation(t, ['coordinator']);
    orgId = org.id;
    coordinator = org.members.coordinator;
    await t.close();
    api = await startServerProcess({ ...durable.env, ...expiry, TUTTI_PROCESS: 'api' });
  }, 180_000);

  afterAll(async () => {
    const stopping = Date.now();
    await Promise.all([api, ...workers].map((process) => process?.stop()));
    console.info(`api and workers stopped in ${Date.now() - stopping} ms`);
    await durable?.drop();
  }, 180_000);

  it('leaves the report it was building to the next worker, which builds it', async () => {
    const databaseUrl = durable.env.DATABASE_URL!;
    // Asked while no worker runs: the job waits in the queue.
    const asked = await call(api!.baseUrl, coordinator, 'POST', `/api/orgs/${orgId}/reports`, {
      template: 'funder_summary',
      from: '2026-09-01',
      to: '2027-08-31',
    });
    expect(asked.status).toBe(202);
    const { id } = (await asked.json()) as { id: string };

    // The test holds the report's row, so the job, once a worker takes it, stops at its first
    // write: the worker is then killed in the middle of it.
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    const job = async () => {
      const { rows } = await holder.query<{ state: string; retry_count: number }>(
        `select state, retry_count from jobs.job where name = 'impact.report-build' and data->>'reportId' = $1`,
        [id],
      );
      return rows[0];
    };
    try {
      await holder.query('begin');
      await holder.query('select id from reports where id = $1 for update', [id]);
      workers.push(
        await startServerProcess({ ...durable.env, ...expiry, TUTTI_PROCESS: 'worker' }),
      );
      const blocked = await until(async () => {
        const { rows } = await holder.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))',
        );
        return rows[0]!.n > 0 && (await job())?.state === 'active';
      }, 60_000);
      expect(blocked).toBe(true);
      await workers[0]!.kill9();
      await holder.query('rollback');
      // Nobody runs it now: without an expiry it would stay active, lost.
      expect((await job())?.state).toBe('active');

      workers.push(
        await startServerProcess({ ...durable.env, ...expiry, TUTTI_PROCESS: 'worker' }),
      );
      let status = 'queued';
      await until(async () => {
        const report = await call(
          api!.baseUrl,
          coordinator,
          'GET',
          `/api/orgs/${orgId}/reports/${id}`,
        );
        status = ((await report.json()) as { status: string }).status;
        return status !== 'queued' && status !== 'running';
      }, 120_000);
      expect(status).toBe('done');
      // Taken again after the kill: the first attempt counts as one failure.
      expect((await job())?.retry_count).toBeGreaterThanOrEqual(1);
    } finally {
      await holder.end();
    }
    const file = await call(
      api!.baseUrl,
      coordinator,
      'GET',
      `/api/orgs/${orgId}/reports/${id}/download?format=pdf`,
    );
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 240_000);
});
