// The scene of `npm run bench:sync`: a fresh database, one organisation, five coordinators (one
// device each), two groups of 100 participants and five sessions where both groups take part.
import { randomBytes } from 'node:crypto';
import { openDatabase, schema, type TuttiDatabase } from '@tutti/db';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/app';
import type { App } from '../src/platform/app-types';
import { hashPassword } from '../src/platform/auth/passwords';
import { loadConfig } from '../src/platform/config';
import { type JobQueue, startJobQueue } from '../src/platform/jobs/queue';

export const DEVICES = 5;
export const SESSIONS = 5;
export const PARTICIPANTS_PER_GROUP = 100;
const PASSWORD = 'bench sync password';

export type Caller = { cookie: string; csrfToken: string };

export type SyncScene = {
  app: App;
  database: TuttiDatabase;
  orgId: string;
  callers: Caller[];
  sessionIds: string[];
  participantIds: string[];
  close(): Promise<void>;
};

/** A private database: PGlite in memory, or a new PostgreSQL database next to `url`'s. */
export async function privateDatabase(url: string | undefined) {
  if (!url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    return { database, drop: async () => {} };
  }
  const name = `tutti_bench_sync_${randomBytes(4).toString('hex')}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`create database "${name}"`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: own.toString(), poolSize: 10 });
  return { database, drop: () => run(`drop database if exists "${name}" with (force)`) };
}

export async function call(
  app: App,
  caller: Caller | null,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
) {
  const response = await app.inject({
    method,
    url,
    headers: caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } : {},
    ...(body === undefined ? {} : { payload: body as object }),
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response;
}

/** Signs in `count` new members of the organisation (coordinators unless told); one caller (device) each. */
export async function signInCoordinators(
  app: App,
  database: TuttiDatabase,
  orgId: string,
  count: number,
  prefix: string,
  role: 'coordinator' | 'relay' = 'coordinator',
): Promise<Caller[]> {
  const passwordHash = await hashPassword(PASSWORD);
  const callers: Caller[] = [];
  for (let n = 0; n < count; n++) {
    const email = `${prefix}${n}@bench-sync.test`;
    const [user] = await database.db
      .insert(schema.users)
      .values({
        email,
        displayName: `Coordination ${n}`,
        passwordHash,
        emailVerifiedAt: new Date(),
      })
      .returning();
    await database.db.insert(schema.memberships).values({ orgId, userId: user!.id, role });
    const signIn = await call(app, null, 'POST', '/api/auth/sign-in', {
      email,
      password: PASSWORD,
    });
    const cookie = signIn.cookies.find((c) => c.name === 'tutti_login')!;
    callers.push({ cookie: `tutti_login=${cookie.value}`, csrfToken: signIn.json().csrfToken });
  }
  return callers;
}

export async function buildSyncScene(url: string | undefined): Promise<SyncScene> {
  const { database, drop } = await privateDatabase(url);
  await database.migrate();
  const config = loadConfig({ LOG_LEVEL: 'silent', TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '1000' });
  const jobs: JobQueue = await startJobQueue({ database, log: pino({ level: 'silent' }) });
  const app = await buildApp({ config, database, jobs });
  await app.ready();
  const db = database.db;
  const [org] = await db.insert(schema.organisations).values({ name: 'Bench sync' }).returning();
  const orgId = org!.id;
  const callers = await signInCoordinators(app, database, orgId, DEVICES, 'device');
  const groupIds: string[] = [];
  const participantIds: string[] = [];
  for (const name of ['CM1 Jean-Moulin', 'CM2 Jean-Moulin']) {
    const group = await call(app, callers[0]!, 'POST', `/api/orgs/${orgId}/groups`, {
      name,
      kind: 'class',
      ageBand: '6-10',
    });
    groupIds.push(group.json().id);
    for (let n = 0; n < PARTICIPANTS_PER_GROUP; n++) {
      const person = await call(app, callers[0]!, 'POST', `/api/orgs/${orgId}/participants`, {
        groupId: group.json().id,
        firstName: `Élève${n}`,
        ageBand: '6-10',
      });
      participantIds.push(person.json().id);
    }
  }
  const [project] = await db
    .insert(schema.projects)
    .values({ orgId, name: 'Chorale des écoles', status: 'active' })
    .returning();
  const sessionIds: string[] = [];
  for (let n = 0; n < SESSIONS; n++) {
    const startsAt = new Date(Date.UTC(2026, 2, 9 + n, 9));
    const [session] = await db
      .insert(schema.sessions)
      .values({
        orgId,
        projectId: project!.id,
        kind: 'workshop_singing',
        title: `Répétition ${n + 1}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        timeZone: 'Europe/Paris',
        status: 'confirmed',
      })
      .returning();
    for (const groupId of groupIds) {
      await db.insert(schema.sessionGroups).values({ orgId, sessionId: session!.id, groupId });
    }
    sessionIds.push(session!.id);
  }
  return {
    app,
    database,
    orgId,
    callers,
    sessionIds,
    participantIds,
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
      await drop();
    },
  };
}

/** Sends one batch as `caller`'s device; returns its answers. */
export async function sendBatch(scene: SyncScene, caller: Caller, operations: unknown[]) {
  const response = await call(
    scene.app,
    caller,
    'POST',
    `/api/orgs/${scene.orgId}/offline/operations`,
    {
      operations,
    },
  );
  return (response.json() as { results: { opId: string; outcome: string }[] }).results;
}
