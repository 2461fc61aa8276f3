import type { OutboxMessage } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildUser,
  clientFor,
  startTestApp,
  type TestApp,
} from '../../testing/test-app';
import { enqueueMail } from './outbox';
import { startMailRelay } from './relay';

type Received = { to: string; data: string };
type ErrorBody = { error: { code: string; fields?: { path: string }[] } };

function startSmtpSink(
  port = 0,
  received: Received[] = [],
): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
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
    server.listen(port, '127.0.0.1', () => {
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

describe('mail relay during an SMTP outage', () => {
  const MINUTE = 60_000;
  let outage: Awaited<ReturnType<typeof startSmtpSink>>;
  let org: Awaited<ReturnType<typeof buildOrganisation>>;
  let clock: Date;
  const smtpDown = () => new Promise<void>((resolve) => outage.server.close(() => resolve()));
  const smtpUp = async () => {
    outage = await startSmtpSink(outage.port, outage.received);
  };
  const relayFor = () =>
    startMailRelay({
      database: t.database,
      smtpUrl: `smtp://127.0.0.1:${outage.port}`,
      from: t.config.mailFrom,
      log: t.app.log,
      intervalMs: 3_600_000,
      now: () => clock,
    });
  const rowOf = async (id: string) =>
    (
      await t.database.db
        .select()
        .from(schema.outboxMessages)
        .where(eq(schema.outboxMessages.id, id))
    )[0]!;
  const queue = (to: string) =>
    enqueueMail(
      t.database.db,
      { orgId: org.id, kind: 'test', to, subject: 'Répétition', text: 'Rendez-vous à 18 h.' },
      true,
    );
  const receivedBy = (to: string) => outage.received.filter((m) => m.to === to).length;

  beforeAll(async () => {
    outage = await startSmtpSink();
    org = await buildOrganisation(t, ['admin', 'coordinator']);
  });
  afterAll(() => outage.server.close());

  it('keeps a message pending while SMTP is down and delivers it once when due after it is back', async () => {
    await smtpDown();
    const id = await queue('outage@famille.test');
    clock = new Date(Date.now() + 1000);
    const relay = relayFor();
    try {
      await relay.flush(clock);
      const failed = await rowOf(id);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failed.lastError).toMatch(/ECONNREFUSED/);
      expect(failed.nextAttemptAt!.getTime()).toBe(clock.getTime() + MINUTE);

      const list = await org.members.admin.get(`/api/orgs/${org.id}/outbox`);
      expect(list.status).toBe(200);
      expect(
        (list.body as { items: OutboxMessage[] }).items.find((m) => m.id === id),
      ).toMatchObject({
        status: 'pending',
        attempts: 1,
        nextAttemptAt: failed.nextAttemptAt!.toISOString(),
        lastError: failed.lastError,
      });

      await smtpUp();
      // Back, but not yet due: nothing is sent before the next attempt's time.
      clock = new Date(clock.getTime() + 30_000);
      await relay.flush(clock);
      expect(await rowOf(id)).toMatchObject({ status: 'pending', attempts: 1 });
      expect(receivedBy('outage@famille.test')).toBe(0);

      clock = new Date(clock.getTime() + 31_000);
      await relay.flush(clock);
      clock = new Date(clock.getTime() + 24 * 60 * MINUTE);
      await relay.flush(clock);
    } finally {
      await relay.stop();
    }
    expect(receivedBy('outage@famille.test')).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2, nextAttemptAt: null });
  });

  it('retries with back-off for 48 hours, then marks the message failed; resend delivers it', async () => {
    await smtpDown();
    const id = await queue('longue-panne@famille.test');
    const queued = await rowOf(id);
    clock = new Date(Date.now() + 1000);
    const relay = relayFor();
    const gaps: number[] = [];
    try {
      let row = queued;
      let previous: Date | null = null;
      while (row.status === 'pending') {
        clock = new Date(Math.max(clock.getTime(), row.nextAttemptAt!.getTime()));
        if (previous) gaps.push((clock.getTime() - previous.getTime()) / MINUTE);
        previous = clock;
        await relay.flush(clock);
        row = await rowOf(id);
        expect(row.attempts).toBe(gaps.length + 1);
      }
      expect(row).toMatchObject({ status: 'failed', nextAttemptAt: null });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      // 1 min, 5 min, 15 min, 1 h, 3 h, then every 6 h; the last one at the end of the 48 hours.
      expect(gaps.slice(0, 7)).toEqual([1, 5, 15, 60, 180, 360, 360]);
      expect(clock.getTime()).toBe(queued.retryUntil.getTime());
      expect(queued.retryUntil.getTime() - queued.createdAt.getTime()).toBe(48 * 60 * MINUTE);
      expect(receivedBy('longue-panne@famille.test')).toBe(0);

      await smtpUp();
      clock = new Date(clock.getTime() + 24 * 60 * MINUTE);
      await relay.flush(clock);
      expect((await rowOf(id)).status).toBe('failed');

      // Only an admin resends, and only a failed message.
      const url = `/api/orgs/${org.id}/outbox/${id}/resend`;
      expect((await org.members.coordinator.post(url)).status).toBe(403);
      const resent = await org.members.admin.post(url);
      expect(resent.status).toBe(200);
      const resentBody = resent.body as OutboxMessage;
      expect(resentBody).toMatchObject({ id, status: 'pending', attempts: 0 });
      expect(new Date(resentBody.nextAttemptAt!).getTime()).toBeLessThanOrEqual(Date.now());
      const again = await org.members.admin.post(url);
      expect(again.status).toBe(409);
      expect((again.body as ErrorBody).error).toMatchObject({ code: 'OUTBOX.NOT_FAILED' });

      await relay.flush(clock);
      await relay.flush(new Date(clock.getTime() + 60 * MINUTE));
    } finally {
      await relay.stop();
    }
    expect(receivedBy('longue-panne@famille.test')).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await org.members.admin.post(`/api/orgs/${org.id}/outbox/${id}/resend`)).status).toBe(
      409,
    );
  });

  it('answers 400 naming messageId for a malformed id and 404 for one of another organisation', async () => {
    const other = await buildOrganisation(t, ['admin'], 'Harmonie Voisine');
    const malformed = await org.members.admin.post(`/api/orgs/${org.id}/outbox/not-an-id/resend`);
    expect(malformed.status).toBe(400);
    expect(JSON.stringify((malformed.body as ErrorBody).error)).toMatch(/messageId/);
    const id = await queue('ailleurs@famille.test');
    const foreign = await other.members.admin.post(`/api/orgs/${other.id}/outbox/${id}/resend`);
    expect(foreign.status).toBe(404);
    expect((foreign.body as ErrorBody).error).toMatchObject({ code: 'OUTBOX.NOT_FOUND' });
  });

  it('sends each due message once when two relays flush at the same moment', async () => {
    const addresses = Array.from({ length: 8 }, (_, i) => `ensemble-${i}@famille.test`);
    const ids: string[] = [];
    for (const address of addresses) ids.push(await queue(address));
    clock = new Date(Date.now() + 3 * 24 * 60 * MINUTE);
    const [a, b] = [relayFor(), relayFor()];
    try {
      await Promise.all([a.flush(clock), b.flush(clock), a.flush(clock), b.flush(clock)]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(addresses.map(receivedBy)).toEqual(addresses.map(() => 1));
    const rows = await t.database.db
      .select({ status: schema.outboxMessages.status })
      .from(schema.outboxMessages)
      .where(inArray(schema.outboxMessages.id, ids));
    expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'sent'));
  });
});
