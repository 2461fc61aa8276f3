// Starts the built server in its own process for a benchmark, and reads its resident memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@tutti/db';

export type RunningServer = {
  baseUrl: string;
  pid: number;
  rssMb(): number;
  /** CPU time the server has used so far (user and system), in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
};

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

/** Resident set size of a process, from /proc (Linux), in MiB. */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** User plus system CPU time of a process, from /proc (Linux), in milliseconds. */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * 10; // USER_HZ is 100 on Linux
}

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  // BENCH_PORT pins the port (a machine shared by several people gives each their own).
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const entry = fileURLToPath(new URL('../dist/server.js', import.meta.url));
  // BENCH_SERVER_NODE_ARGS passes flags to the server's Node, e.g. `--cpu-prof` to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry], {
    env: {
      ...process.env,
      TUTTI_DEMO_SEED: 'off',
      // The daily backup, made at start when none is recent, is not what a benchmark measures.
      TUTTI_BACKUP_DAILY_AT: 'off',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '100000',
      TUTTI_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE: '100000',
      TUTTI_SIGN_IN_ACCOUNT_LIMIT_PER_HOUR: '100000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ready = await fetch(`${baseUrl}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error('the server did not become ready in 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    rssMb: () => residentMb(child.pid!),
    cpuMs: () => cpuTimeMs(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Signs a demo account in on a running server: the headers of its requests (login cookie and
 * CSRF token) and its first organisation.
 */
export async function signInDemo(baseUrl: string, email: string) {
  const signedIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!signedIn.ok) {
    throw new Error(`sign-in failed: ${signedIn.status} (needs the demo organisation)`);
  }
  const cookie = signedIn.headers
    .getSetCookie()
    .find((c) => /^tutti_(login|session)=/.test(c))!
    .split(';')[0]!;
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  const me = (await (await fetch(`${baseUrl}/api/me`, { headers })).json()) as {
    memberships: { orgId: string }[];
  };
  return { headers, orgId: me.memberships[0]!.orgId };
}
