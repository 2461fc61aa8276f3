// Signing up on a server without SMTP: the links reach the server's console (and its operator's
// `npm run outbox`), and nothing else personal does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUser,
  clientFor,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../../testing/test-app';

const OPERATOR_KEY = 'k'.repeat(43);
const printed: string[] = [];
let noSmtp: TestApp;
let withSmtp: TestApp;
const printedWithSmtp: string[] = [];

beforeAll(async () => {
  noSmtp = await startTestApp(
    {},
    { operator: { print: (line) => printed.push(line), outboxKey: OPERATOR_KEY } },
  );
  // No relay runs in tests: the address is never dialled.
  withSmtp = await startTestApp(
    { SMTP_URL: 'smtp://127.0.0.1:9' },
    { operator: { print: (line) => printedWithSmtp.push(line), outboxKey: null } },
  );
});
afterAll(async () => {
  await noSmtp.close();
  await withSmtp.close();
});

function linkIn(line: string | undefined) {
  return /(http:\/\/tutti\.test\/[a-z-]+\?token=[A-Za-z0-9_-]+)$/.exec(line ?? '')?.[1] ?? null;
}

describe('sign-up without SMTP', () => {
  it('prints the confirmation link on the console, without the address or the name, and the link opens the account', async () => {
    const anonymous = clientFor(noSmtp.app);
    const before = printed.length;
    const answer = await anonymous.post('/api/auth/sign-up', {
      email: 'Solo.Host@Example.test',
      password: TEST_PASSWORD,
      displayName: 'Camille Hébergeuse',
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ status: 'accepted', delivery: 'serverConsole' });
    const lines = printed.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[no SMTP\] confirmation link of a new account \(valid 48 hours\): /,
    );
    expect(lines[0]).not.toMatch(/solo|host@|example|camille|hébergeuse/i);

    const link = new URL(linkIn(lines[0])!);
    expect(link.pathname).toBe('/verify-email');
    const verified = await anonymous.post('/api/auth/verify-email', {
      token: link.searchParams.get('token'),
    });
    expect(verified.status).toBe(200);
    expect((await signIn(noSmtp.app, 'solo.host@example.test')).userId).toBeTruthy();
  });

  it('prints the reset link of a password reset, and of a sign-up with a known address', async () => {
    const user = await buildUser(noSmtp);
    const anonymous = clientFor(noSmtp.app);
    const before = printed.length;
    const asked = await anonymous.post('/api/auth/password-reset', { email: user.email });
    expect(asked.body).toEqual({ status: 'accepted', delivery: 'serverConsole' });
    await noSmtp.app.afterResponse.idle();
    await anonymous.post('/api/auth/sign-up', {
      email: user.email,
      password: TEST_PASSWORD,
      displayName: 'Again',
    });
    // An unknown address prints nothing: there is no link.
    await anonymous.post('/api/auth/password-reset', { email: 'nobody@example.test' });
    await noSmtp.app.afterResponse.idle();

    const lines = printed.slice(before);
    expect(lines.map((line) => line.replace(/: http.*$/, ''))).toEqual([
      '[no SMTP] password reset link (valid 1 hour)',
      '[no SMTP] sign-up with an address that already has an account; its password reset link (valid 1 hour)',
    ]);
    for (const line of lines) expect(line).not.toContain(user.email);
    const reset = await anonymous.post('/api/auth/password-reset/confirm', {
      token: new URL(linkIn(lines[0])!).searchParams.get('token'),
      password: 'a brand new passphrase',
    });
    expect(reset.status).toBe(200);
  });

  it('prints nothing when SMTP is configured, and says the link leaves by e-mail', async () => {
    const anonymous = clientFor(withSmtp.app);
    const answer = await anonymous.post('/api/auth/sign-up', {
      email: 'mailed@example.test',
      password: TEST_PASSWORD,
      displayName: 'Mailed',
    });
    expect(answer.body).toEqual({ status: 'accepted', delivery: 'email' });
    const reset = await anonymous.post('/api/auth/password-reset', {
      email: 'mailed@example.test',
    });
    expect(reset.body).toEqual({ status: 'accepted', delivery: 'email' });
    await withSmtp.app.afterResponse.idle();
    expect(printedWithSmtp).toEqual([]);
  });
});

describe("the operator's outbox", () => {
  async function read(app: TestApp, authorization?: string, remoteAddress?: string) {
    const response = await app.app.inject({
      method: 'GET',
      url: '/api/operator/outbox?limit=5',
      headers: authorization ? { authorization } : {},
      ...(remoteAddress ? { remoteAddress } : {}),
    });
    return { status: response.statusCode, body: response.json() };
  }

  it('lists the account e-mails, newest first, to the holder of the key', async () => {
    await clientFor(noSmtp.app).post('/api/auth/sign-up', {
      email: 'outbox.reader@example.test',
      password: TEST_PASSWORD,
      displayName: 'Reader',
    });
    const answer = await read(noSmtp, `Bearer ${OPERATOR_KEY}`);
    expect(answer.status).toBe(200);
    expect(answer.body.items[0]).toMatchObject({
      kind: 'verify-email',
      toAddress: 'outbox.reader@example.test',
      status: 'kept',
    });
    expect(answer.body.items[0].bodyText).toMatch(/verify-email\?token=/);
    expect(answer.body.items.length).toBeLessThanOrEqual(5);
  });

  it('refuses with 401 a wrong or missing key, another machine, and a server without a key', async () => {
    const refused = [
      await read(noSmtp),
      await read(noSmtp, `Bearer ${'x'.repeat(43)}`),
      await read(noSmtp, OPERATOR_KEY),
      await read(noSmtp, `Bearer ${OPERATOR_KEY}`, '192.0.2.7'),
      await read(withSmtp, `Bearer ${OPERATOR_KEY}`),
    ];
    expect(refused.map((answer) => [answer.status, answer.body.error?.code])).toEqual(
      Array(5).fill([401, 'AUTH.UNAUTHENTICATED']),
    );
  });

  it('is not opened by a signed-in member', async () => {
    const member = await signIn(noSmtp.app, (await buildUser(noSmtp)).email);
    expect((await member.get('/api/operator/outbox')).status).toBe(401);
  });
});
