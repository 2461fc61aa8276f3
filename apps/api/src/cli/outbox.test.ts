// A person hosting Tutti alone, without SMTP, signs up while the server runs: the link is on the
// server's console, and `npm run outbox` shows the message without stopping the server (on the
// embedded database it asks the running server; on PostgreSQL it reads the database).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDurableDatabase,
  type DurableDatabase,
  startServerProcess,
} from '../testing/server-process';

const outboxCli = fileURLToPath(new URL('./outbox.ts', import.meta.url));

let durable: DurableDatabase;
beforeAll(async () => {
  durable = await createDurableDatabase();
  await (await durable.open()).close();
}, 120_000);
afterAll(() => durable?.drop());

function runOutboxCli(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', outboxCli, '5'], {
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

async function untilPrinted(read: () => string, pattern: RegExp) {
  for (let tries = 0; tries < 100; tries++) {
    const match = pattern.exec(read());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Not printed: ${pattern}\n${read()}`);
}

describe('signing up without SMTP while the server runs', () => {
  it('prints the link on the console, lists the message with npm run outbox, and the link opens the account', async () => {
    const server = await startServerProcess(durable.env);
    let token: string;
    try {
      const signUp = await fetch(`${server.baseUrl}/api/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'alone@example.test',
          password: 'a long enough passphrase',
          displayName: 'Alone',
        }),
      });
      expect(signUp.status).toBe(202);
      const [, printedToken] = await untilPrinted(
        server.output,
        /\[no SMTP\] confirmation link of a new account \(valid 48 hours\): \S+\?token=([\w-]+)/,
      );
      token = printedToken!;
      expect(server.output()).not.toContain('alone@example.test');

      const listed = await runOutboxCli(durable.env);
      expect(listed.code).toBe(0);
      expect(listed.output).toContain('verify-email to alone@example.test');
      expect(listed.output).toContain(`token=${token}`);
      // The embedded folder stays with the server: the command asked it instead.
      if (durable.env.TUTTI_DATA_DIR)
        expect(listed.output).toContain('read from the running server');

      const verified = await fetch(`${server.baseUrl}/api/auth/verify-email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(verified.status).toBe(200);
    } finally {
      await server.stop();
    }

    // Server stopped: the command opens the database itself.
    const offline = await runOutboxCli(durable.env);
    expect(offline.code).toBe(0);
    expect(offline.output).not.toContain('read from the running server');
    expect(offline.output).toContain(`token=${token}`);
  }, 180_000);
});
