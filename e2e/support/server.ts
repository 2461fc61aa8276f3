// Starts the built Tutti server for the browser tests on a free port, with its own database.
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** `consoleFile` holds what the server printed (no SMTP: the account links are there). */
export type RunningServer = { baseUrl: string; consoleFile: string; stop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * With DATABASE_URL, a database of its own next to it (`<name>_e2e`), so that the browser
 * tests never share one with the API tests that may run at the same time.
 */
async function createPostgresDatabase(url: string) {
  const name = `${new URL(url).pathname.slice(1)}_e2e`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  return {
    url: withDatabase(url, name),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: () => string) {
  // Three minutes: a machine busy with other builds takes well over one to seed the demo.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server stopped (code ${server.exitCode}):\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server was not ready within three minutes:\n${output()}`);
}

export async function startServer(root: string): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tutti-e2e-'));
  const postgres = process.env.DATABASE_URL
    ? await createPostgresDatabase(process.env.DATABASE_URL)
    : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    TUTTI_PUBLIC_URL: baseUrl,
    TUTTI_DATA_DIR: join(dataDir, 'data'),
    LOG_LEVEL: 'warn',
  };
  if (postgres) env.DATABASE_URL = postgres.url;
  // Mail stays in the outbox, where the member invitation test reads it.
  delete env.SMTP_URL;

  let output = '';
  const consoleFile = join(dataDir, 'console.log');
  writeFileSync(consoleFile, '');
  const server = spawn(
    process.execPath,
    ['--enable-source-maps', join(root, 'apps/api/dist/server.js')],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (chunk) => {
    output += chunk;
    appendFileSync(consoleFile, chunk);
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });

  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };

  try {
    await waitUntilReady(baseUrl, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, consoleFile, stop };
}
