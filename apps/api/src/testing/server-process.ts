// Tutti's server in a child process, started from its sources, for tests that kill it (kill -9)
// and start it again on the same database. Also the database such a test prepares: a file-backed
// PGlite folder or a PostgreSQL database of its own, both copies of the run's migrated template,
// which outlive the app that filled them.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type TuttiDatabase } from '@tutti/db';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from './global-setup';

const serverEntry = fileURLToPath(new URL('../server.ts', import.meta.url));

/** A database that stays when closed; `env` points a server at it; `drop` removes it. */
export type DurableDatabase = {
  env: Record<string, string>;
  open(): Promise<TuttiDatabase>;
  drop(): Promise<void>;
};

async function onServer(templateUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createDurableDatabase(): Promise<DurableDatabase> {
  const templateUrl = inject('databaseTemplateUrl');
  if (templateUrl) {
    const template = new URL(templateUrl).pathname.slice(1);
    const name = `${template}_f${randomBytes(6).toString('hex')}`;
    await onServer(templateUrl, `create database "${name}" template "${template}"`);
    const url = withDatabase(templateUrl, name);
    return {
      env: { DATABASE_URL: url },
      open: () => openDatabase({ kind: 'postgres', url, poolSize: 5 }),
      drop: () => onServer(templateUrl, `drop database if exists "${name}" with (force)`),
    };
  }
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('The test global setup did not run');
  const folder = mkdtempSync(join(tmpdir(), 'tutti-durable-'));
  const dataDir = join(folder, 'data');
  let loaded = false;
  return {
    env: { TUTTI_DATA_DIR: dataDir },
    async open() {
      const loadDataDir = loaded ? undefined : new Blob([readFileSync(dumpPath)]);
      loaded = true;
      return openDatabase({ kind: 'pglite', dataDir, ...(loadDataDir ? { loadDataDir } : {}) });
    },
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type ServerProcess = {
  baseUrl: string;
  child: ChildProcess;
  /** SIGKILL, resolved once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM, resolved once the process stopped. */
  stop(): Promise<void>;
  /** What it printed so far, standard output and error together. */
  output(): string;
};

/** Starts the server from its sources (tsx) with `env` and waits until it answers /readyz. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      TUTTI_DEMO_SEED: 'off',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server stopped before it was ready:\n${output}`);
    }
    const ready = await fetch(`${baseUrl}/readyz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const signal = (name: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    baseUrl,
    child,
    kill9: signal('SIGKILL'),
    stop: signal('SIGTERM'),
    output: () => output,
  };
}

/**
 * Posts JSON without waiting for the answer: `sent` resolves once the whole body has left, while
 * the server works on it (the test then kills it).
 */
export function postInFlight(url: string, headers: Record<string, string>, body: unknown) {
  const text = JSON.stringify(body);
  const request = httpRequest(url, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    },
  });
  request.once('error', () => {}); // the kill ends the connection: that is the point
  const sent = new Promise<void>((resolve) => request.once('finish', () => resolve()));
  request.end(text);
  return { sent };
}

/**
 * On PostgreSQL: waits until a session on the database is inside a transaction running a
 * statement that matches `pattern` (ILIKE); false if none is seen within 20,000 probes.
 */
export async function transactionSeen(databaseUrl: string, pattern: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    for (let probe = 0; probe < 20_000; probe++) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and xact_start is not null
            and query ilike $2`,
        [name, pattern],
      );
      if (rows[0]!.n > 0) return true;
    }
    return false;
  } finally {
    await client.end();
  }
}
