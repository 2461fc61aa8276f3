import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, clientFor, startTestApp, type TestApp } from '../../testing/test-app';
import { startMailRelay } from './relay';

type Received = { to: string; data: string };

function startSmtpSink(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk) => {
        data += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo[0]?.address ?? '', data });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address() as { port: number };
      resolve({ server, port: address.port, received });
    });
  });
}

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let t: TestApp;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
});
afterAll(async () => {
  await t.close();
  sink.server.close();
});

describe('mail relay', () => {
  it('sends pending outbox messages over SMTP exactly once and marks them sent', async () => {
    const user = await buildUser(t);
    await clientFor(t.app).post('/api/auth/password-reset', { email: user.email });
    await t.app.afterResponse.idle();
    const relay = startMailRelay({
      database: t.database,
      smtpUrl: t.config.smtpUrl!,
      from: t.config.mailFrom,
      log: t.app.log,
      intervalMs: 60_000,
    });
    try {
      expect(await relay.flush()).toBe(1);
      expect(await relay.flush()).toBe(0);
    } finally {
      await relay.stop();
    }
    expect(sink.received.map((m) => m.to)).toEqual([user.email]);
    expect(sink.received[0]!.data).toMatch(/reset-password\?token=/);
    const [row] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.toAddress, user.email));
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps a message pending with the error when the SMTP server is unreachable', async () => {
    const user = await buildUser(t);
    await clientFor(t.app).post('/api/auth/password-reset', { email: user.email });
    await t.app.afterResponse.idle();
    const relay = startMailRelay({
      database: t.database,
      smtpUrl: 'smtp://127.0.0.1:9',
      from: t.config.mailFrom,
      log: t.app.log,
      intervalMs: 60_000,
    });
    try {
      await relay.flush();
    } finally {
      await relay.stop();
    }
    const [row] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.toAddress, user.email));
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.lastError).toBeTruthy();
  });
});
