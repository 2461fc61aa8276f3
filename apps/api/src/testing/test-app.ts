// The real application on a private database, driven through Fastify's inject (no network).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@tutti/contracts';
import { schema, type TuttiDatabase } from '@tutti/db';
import { eq } from 'drizzle-orm';
import pino, { type DestinationStream } from 'pino';
import { buildApp } from '../app';
import type { App } from '../platform/app-types';
import { createLogin, LOGIN_COOKIE } from '../platform/auth/login-store';
import { hashPassword, verifyPassword } from '../platform/auth/passwords';
import { type Config, loadConfig } from '../platform/config';
import { type JobQueue, startJobQueue } from '../platform/jobs/queue';
import type { Operator } from '../platform/operator';
import { openTestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct horse battery staple';

export type TestApp = {
  app: App;
  database: TuttiDatabase;
  config: Config;
  jobs: JobQueue;
  close(): Promise<void>;
};

export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    logStream?: DestinationStream;
    /** A database prepared by the test (else a copy of the run's migrated one). */
    database?: TuttiDatabase;
    /** Start from a copy of the run's database with the demo organisation seeded in it. */
    demo?: boolean;
    /** The server's console and operator key, as `server.ts` gives them (else none). */
    operator?: Operator;
  } = {},
): Promise<TestApp> {
  // Uploaded files go to a private folder, removed with the app.
  const filesDir = mkdtempSync(join(tmpdir(), 'tutti-test-files-'));
  // Backups a test asks for (or a random request to the backup route) land in a private folder too.
  const backupsDir = mkdtempSync(join(tmpdir(), 'tutti-test-backups-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '1000',
    TUTTI_SIGN_IN_ADDRESS_LIMIT_PER_MINUTE: '100000',
    TUTTI_SIGN_IN_ACCOUNT_LIMIT_PER_HOUR: '100000',
    TUTTI_ACCOUNT_MAIL_ADDRESS_LIMIT_PER_HOUR: '100000',
    TUTTI_PUBLIC_URL: 'http://tutti.test',
    // No test asks a platform on the Internet for a link's title.
    TUTTI_OEMBED: 'off',
    TUTTI_FILES_DIR: filesDir,
    TUTTI_BACKUP_DIR: backupsDir,
    ...env,
  });
  const database = options.database ?? (await openTestDatabase({ demo: options.demo }));
  const jobs = await startJobQueue({
    database,
    log: pino({ level: 'silent' }),
    pollingIntervalSeconds: 0.5,
    expirySeconds: config.jobs.expirySeconds,
  });
  const app = await buildApp({ config, database, jobs, operator: options.operator }, options);
  await app.ready();
  databases.set(app, database);
  return {
    app,
    database,
    config,
    jobs,
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
      rmSync(filesDir, { recursive: true, force: true });
      rmSync(backupsDir, { recursive: true, force: true });
    },
  };
}

export type Response = {
  status: number;
  body: unknown;
  headers: Record<string, unknown>;
  /** The bytes as received, for downloads. */
  rawBody: Buffer;
};

/** A signed-in person (or nobody) calling the API like a browser would. */
export type Client = {
  userId: string | null;
  /** The login cookie and CSRF header, for requests sent over a real connection. */
  authHeaders: Record<string, string>;
  /** A Buffer body is sent as is, with the `content-type` given in `headers`. */
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
};

export function clientFor(
  app: App,
  login?: { cookie: string; csrfToken: string; userId: string },
): Client {
  const request = async (
    method: string,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ) => {
    const headers: Record<string, string> = { ...extraHeaders };
    if (login) {
      headers.cookie = login.cookie;
      headers['x-csrf-token'] = login.csrfToken;
    }
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const text = response.body;
    return {
      status: response.statusCode,
      body:
        text && response.headers['content-type']?.toString().includes('json')
          ? JSON.parse(text)
          : text,
      headers: response.headers,
      rawBody: response.rawPayload,
    };
  };
  return {
    userId: login?.userId ?? null,
    authHeaders: login ? { cookie: login.cookie, 'x-csrf-token': login.csrfToken } : {},
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}

/** Each test app's database, where signIn opens logins. */
const databases = new WeakMap<App, TuttiDatabase>();

/**
 * Passwords already checked against a hash: argon2id spends tens of milliseconds on each check
 * by design, and the suite's thousands of sign-ins share a handful of hashes.
 */
const checkedPasswords = new Map<string, boolean>();

/**
 * Signs someone in as the sign-in route does (right password, e-mail confirmed, a new login),
 * checking each password against each hash once. The route itself is tested in auth.test.ts; an
 * app that did not come from startTestApp goes through it.
 */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<Client> {
  const database = databases.get(app);
  if (!database) return signInThroughRoute(app, email, password);
  // The route reads the address through EmailSchema: trimmed, in lower case.
  const address = email.trim().toLowerCase();
  const [user] = await database.db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, address));
  const key = `${user?.passwordHash ?? ''}\u0000${password}`;
  let valid = checkedPasswords.get(key);
  if (valid === undefined) {
    valid = await verifyPassword(user?.passwordHash ?? null, password);
    checkedPasswords.set(key, valid);
  }
  if (!user || !valid || !user.emailVerifiedAt) {
    throw new Error(
      `sign-in failed for ${email}: ${user ? 'wrong password or e-mail not confirmed' : 'no account'}`,
    );
  }
  const login = await createLogin(database.db, user.id);
  return clientFor(app, {
    cookie: `${LOGIN_COOKIE}=${login.token}`,
    csrfToken: login.csrfToken,
    userId: user.id,
  });
}

/** Signs in through POST /api/auth/sign-in, as a browser would. */
export async function signInThroughRoute(
  app: App,
  email: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === LOGIN_COOKIE);
  const me = response.json() as { csrfToken: string; user: { id: string } };
  return clientFor(app, {
    cookie: `${LOGIN_COOKIE}=${cookie!.value}`,
    csrfToken: me.csrfToken,
    userId: me.user.id,
  });
}

let cachedHash: Promise<string> | undefined;
let sequence = 0;

/** A verified account, created directly in the database. */
export async function buildUser(
  t: TestApp,
  overrides: Partial<typeof schema.users.$inferInsert> = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  sequence += 1;
  const [user] = await t.database.db
    .insert(schema.users)
    .values({
      email: `person${sequence}-${Date.now()}@example.test`,
      displayName: `Person ${sequence}`,
      passwordHash: await cachedHash,
      emailVerifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  return user!;
}

/** An organisation with one signed-in member per requested role. */
export async function buildOrganisation(
  t: TestApp,
  roles: Role[] = ['admin'],
  name = 'Orchestre des Villages',
) {
  const [organisation] = await t.database.db
    .insert(schema.organisations)
    .values({ name })
    .returning();
  const members = {} as Record<Role, Client>;
  for (const role of roles) {
    const user = await buildUser(t);
    await t.database.db
      .insert(schema.memberships)
      .values({ orgId: organisation!.id, userId: user.id, role });
    members[role] = await signIn(t.app, user.email);
  }
  return { id: organisation!.id, members };
}
