import { schema } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUser,
  clientFor,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function latestMailTo(email: string) {
  const [mail] = await t.database.db
    .select()
    .from(schema.outboxMessages)
    .where(eq(schema.outboxMessages.toAddress, email))
    .orderBy(schema.outboxMessages.createdAt);
  return mail;
}

function linkToken(text: string) {
  return /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
}

describe('sign-up', () => {
  it('answers 202 the same way for a new and a known address', async () => {
    const known = await buildUser(t);
    const anonymous = clientFor(t.app);
    const fresh = await anonymous.post('/api/auth/sign-up', {
      email: 'New.Person@Example.test',
      password: TEST_PASSWORD,
      displayName: 'Nouvelle Personne',
    });
    const again = await anonymous.post('/api/auth/sign-up', {
      email: known.email,
      password: TEST_PASSWORD,
      displayName: 'Someone',
    });
    expect(fresh.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(fresh.body);
    expect((await latestMailTo('new.person@example.test'))?.kind).toBe('verify-email');
    expect((await latestMailTo(known.email))?.kind).toBe('account-exists');
  });

  it('keeps the account closed until the e-mail link is opened, then signs in', async () => {
    const anonymous = clientFor(t.app);
    await anonymous.post('/api/auth/sign-up', {
      email: 'verify@example.test',
      password: TEST_PASSWORD,
      displayName: 'V',
    });
    const early = await anonymous.post('/api/auth/sign-in', {
      email: 'verify@example.test',
      password: TEST_PASSWORD,
    });
    expect(early.status).toBe(403);
    expect(early.body).toMatchObject({ error: { code: 'AUTH.EMAIL_NOT_VERIFIED' } });

    const mail = await latestMailTo('verify@example.test');
    expect(mail?.status).toBe('kept');
    const verified = await anonymous.post('/api/auth/verify-email', {
      token: linkToken(mail!.bodyText),
    });
    expect(verified.status).toBe(200);
    expect(verified.headers['set-cookie']).toMatch(/tutti_login=.*HttpOnly.*SameSite=Lax/);
    const reused = await anonymous.post('/api/auth/verify-email', {
      token: linkToken(mail!.bodyText),
    });
    expect(reused.status).toBe(400);
    expect((await signIn(t.app, 'verify@example.test')).userId).toBeTruthy();
  });

  it('stores the password as an argon2id hash', async () => {
    const [user] = await t.database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'verify@example.test'));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('sign-in and logins', () => {
  it('gives the same answer for a wrong password and an unknown address', async () => {
    const user = await buildUser(t);
    const anonymous = clientFor(t.app);
    const wrongPassword = await anonymous.post('/api/auth/sign-in', {
      email: user.email,
      password: 'not the password',
    });
    const unknown = await anonymous.post('/api/auth/sign-in', {
      email: 'nobody@example.test',
      password: 'not the password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrongPassword.body);
  });

  it('refuses a cookie-backed write without the CSRF token', async () => {
    const user = await buildUser(t);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { locale: 'de' },
      headers: { cookie: `tutti_login=${await loginTokenOf(user.email)}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'REQUEST.CSRF' } });
  });

  it('remembers the language per user', async () => {
    const user = await buildUser(t);
    const client = await signIn(t.app, user.email);
    expect((await client.patch('/api/me', { locale: 'de' })).status).toBe(200);
    const me = await (await signIn(t.app, user.email)).get('/api/me');
    expect(me.body).toMatchObject({ user: { locale: 'de' } });
  });

  it('still reads a login from the cookie named before logins were (tutti_session)', async () => {
    const user = await buildUser(t);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `tutti_session=${await loginTokenOf(user.email)}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { email: user.email } });
  });

  it('signs out: the cookie no longer opens anything', async () => {
    const user = await buildUser(t);
    const client = await signIn(t.app, user.email);
    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('slows down repeated sign-in attempts on one account with 429', async () => {
    const limited = await startTestApp({ TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '3' });
    try {
      const anonymous = clientFor(limited.app);
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (
            await anonymous.post('/api/auth/sign-in', {
              email: 'target@example.test',
              password: 'guess',
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const other = await anonymous.post('/api/auth/sign-in', {
        email: 'other@example.test',
        password: 'guess',
      });
      expect(other.status).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('password reset', () => {
  it('answers known and unknown addresses before looking either up, the same way', async () => {
    const known = await buildUser(t);
    const answers = await t.database.db.transaction(async (tx) => {
      // While the accounts table is locked, no lookup can finish: an answer proves none ran first.
      await tx.execute(sql`lock table users in access exclusive mode`);
      const anonymous = clientFor(t.app);
      return [
        await anonymous.post('/api/auth/password-reset', { email: known.email }),
        await anonymous.post('/api/auth/password-reset', { email: 'nobody@example.test' }),
      ];
    });
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
      [202, { status: 'accepted', delivery: 'serverConsole' }],
      [202, { status: 'accepted', delivery: 'serverConsole' }],
    ]);
    await t.app.afterResponse.idle();
    expect(linkToken((await latestMailTo(known.email))!.bodyText)).not.toBe('');
    expect(await latestMailTo('nobody@example.test')).toBeUndefined();
  });

  it('answers 202 for any address and resets with the mailed link, ending old logins', async () => {
    const user = await buildUser(t);
    const oldLogin = await signIn(t.app, user.email);
    const anonymous = clientFor(t.app);
    expect(
      (await anonymous.post('/api/auth/password-reset', { email: 'ghost@example.test' })).status,
    ).toBe(202);
    expect((await anonymous.post('/api/auth/password-reset', { email: user.email })).status).toBe(
      202,
    );
    await t.app.afterResponse.idle();
    const token = linkToken((await latestMailTo(user.email))!.bodyText);
    const reset = await anonymous.post('/api/auth/password-reset/confirm', {
      token,
      password: 'a brand new passphrase',
    });
    expect(reset.status).toBe(200);
    expect((await oldLogin.get('/api/me')).status).toBe(401);
    expect((await signIn(t.app, user.email, 'a brand new passphrase')).userId).toBe(user.id);
    const again = await anonymous.post('/api/auth/password-reset/confirm', {
      token,
      password: 'another passphrase!',
    });
    expect(again.status).toBe(400);
  });
});

async function loginTokenOf(email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
  return response.cookies.find((c) => c.name === 'tutti_login')!.value;
}
