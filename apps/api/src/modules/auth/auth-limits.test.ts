// Limits on sign-in, sign-up and password reset: per network address, per account, and both;
// the address is the client's only when the request comes through a configured proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';

const PROXY = '198.51.100.200';
let t: TestApp;
beforeAll(async () => {
  // Production mode, where a proxy usually stands in front: only the configured one is trusted.
  t = await startTestApp({
    NODE_ENV: 'production',
    TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '10',
    TUTTI_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE: '30',
    TUTTI_SIGN_IN_ACCOUNT_LIMIT_PER_HOUR: '20',
    TUTTI_ACCOUNT_MAIL_ADDRESS_LIMIT_PER_HOUR: '30',
    TUTTI_TRUSTED_PROXIES: PROXY,
  });
});
afterAll(() => t.close());

type Attempt = { from: string; email: string; forwardedFor?: string };

async function attempt(url: string, { from, email, forwardedFor }: Attempt) {
  const payload =
    url === '/api/auth/sign-in'
      ? { email, password: 'a wrong guess' }
      : url === '/api/auth/sign-up'
        ? { email, password: 'a long enough password', displayName: 'Essai' }
        : { email };
  const response = await t.app.inject({
    method: 'POST',
    url,
    payload,
    remoteAddress: from,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  return { status: response.statusCode, body: response.json() as { error?: { code: string } } };
}

/** Sent together: the limits count arrivals, whatever order the answers come back in. */
function attempts(url: string, list: Attempt[]) {
  return Promise.all(list.map((one) => attempt(url, one)));
}

function statusCounts(answers: { status: number }[]) {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

const forty = Array.from({ length: 40 }, (_, i) => i);

describe('sign-in limits', () => {
  it('limits one address trying 40 different e-mails', async () => {
    const answers = await attempts(
      '/api/auth/sign-in',
      forty.map((i) => ({ from: '192.0.2.1', email: `spray-${i}@example.test` })),
    );
    expect(statusCounts(answers)).toEqual({ 401: 30, 429: 10 });
    expect(answers.find((a) => a.status === 429)?.body).toMatchObject({
      error: { code: 'REQUEST.RATE_LIMITED' },
    });
  });

  it('does not reset the key for a client that sends its own X-Forwarded-For', async () => {
    const answers = await attempts(
      '/api/auth/sign-in',
      forty.map((i) => ({
        from: '192.0.2.2',
        email: `forged-${i}@example.test`,
        forwardedFor: `203.0.113.${i + 1}`,
      })),
    );
    expect(statusCounts(answers)).toEqual({ 401: 30, 429: 10 });
  });

  it('counts the client behind the configured proxy, each with its own allowance', async () => {
    const answers = await attempts(
      '/api/auth/sign-in',
      forty.map((i) => ({
        from: PROXY,
        email: `behind-proxy-${i}@example.test`,
        forwardedFor: `203.0.113.${i + 1}`,
      })),
    );
    expect(statusCounts(answers)).toEqual({ 401: 40 });
  });

  it('limits one account tried from 40 different addresses', async () => {
    const answers = await attempts(
      '/api/auth/sign-in',
      forty.map((i) => ({ from: `192.0.2.${100 + i}`, email: 'target@example.test' })),
    );
    expect(statusCounts(answers)).toEqual({ 401: 20, 429: 20 });
  });
});

describe('sign-up and password reset limits', () => {
  it('limits one address asking for 40 different accounts or reset links', async () => {
    for (const url of ['/api/auth/sign-up', '/api/auth/password-reset']) {
      const answers = await attempts(
        url,
        forty.map((i) => ({ from: '192.0.2.3', email: `many-${url.length}-${i}@example.test` })),
      );
      expect(statusCounts(answers)).toEqual({ 202: 30, 429: 10 });
    }
  });

  it('limits the reset links sent to one account from many addresses', async () => {
    const answers = await attempts(
      '/api/auth/password-reset',
      forty.slice(0, 8).map((i) => ({ from: `192.0.2.${200 + i}`, email: 'inbox@example.test' })),
    );
    expect(statusCounts(answers)).toEqual({ 202: 5, 429: 3 });
  });
});

const onPostgres = Boolean(process.env.DATABASE_URL);
if (!onPostgres) {
  console.log(
    'auth-limits.test.ts: the shared counters are skipped on the embedded database (one process only, counted in its memory); the PostgreSQL suite runs them',
  );
}

describe.skipIf(!onPostgres)('limits shared by several server processes', () => {
  it('counts attempts arriving at two processes on one database against one limit', async () => {
    // A second server on the same database, as behind a load balancer.
    const other = await startTestApp(
      { NODE_ENV: 'production', TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '10' },
      { database: t.database },
    );
    try {
      const answers = await Promise.all(
        forty.slice(0, 20).map(async (i) => {
          const app = i % 2 === 0 ? t.app : other.app;
          const response = await app.inject({
            method: 'POST',
            url: '/api/auth/sign-in',
            payload: { email: 'shared@example.test', password: 'a wrong guess' },
            remoteAddress: '192.0.2.77',
          });
          return { status: response.statusCode };
        }),
      );
      expect(statusCounts(answers)).toEqual({ 401: 10, 429: 10 });
    } finally {
      await other.app.close();
      await other.jobs.stop();
    }
  });

  it('keeps no address or e-mail in the counters, only hashes', async () => {
    const { rows } = await t.database.executeSql('select key from rate_limit_counters');
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
