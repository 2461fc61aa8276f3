import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../testing/test-app';
import { serializeError } from './logging';

// Every line the app logs, as written: what an operator's log collector would receive.
const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'info' }, { logStream: capture });
  // The private test database is made to refuse these values, so that the queries carrying
  // them fail the way an unforeseen database error would.
  await t.database.db.execute(
    sql`alter table participants add constraint log_test_refused check (first_name <> 'Zéphyrine')`,
  );
  await t.database.db.execute(
    sql`alter table participant_access_needs add constraint log_test_refused check (needs <> 'Épilepsie photosensible')`,
  );
});
afterAll(() => t.close());

async function createParticipant(
  organisation: Awaited<ReturnType<typeof buildOrganisation>>,
  body: Record<string, unknown>,
) {
  const coordinator = organisation.members.coordinator;
  const base = `/api/orgs/${organisation.id}`;
  const group = await coordinator.post(`${base}/groups`, { name: 'CM2 Jaurès', kind: 'class' });
  const groupId = (group.body as { id: string }).id;
  return coordinator.post(`${base}/participants`, { groupId, ageBand: '6-10', ...body });
}

describe('logs', () => {
  it('write one line per request at info, none for the web app’s files', async () => {
    lines.length = 0;
    await t.app.inject({ method: 'GET', url: '/healthz' });
    await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    await t.app.afterResponse.idle();
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      msg: 'request completed',
      req: { method: 'GET', route: '/healthz' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
  });

  it('keep no personal data of a query that fails: neither its parameters nor the failing row', async () => {
    const organisation = await buildOrganisation(t, ['coordinator']);
    lines.length = 0;
    const byName = await createParticipant(organisation, {
      firstName: 'Zéphyrine',
      lastName: 'Marchetti-Vauclair',
      communeName: 'Saint-Flour',
    });
    const byNeeds = await createParticipant(organisation, {
      firstName: 'Anselme',
      lastName: 'Krzyzanowski',
      accessNeeds: 'Épilepsie photosensible',
    });
    expect([byName.status, byNeeds.status]).toEqual([500, 500]);

    const output = lines.join('');
    expect(output).toContain('request failed');
    expect(output).toContain('log_test_refused');
    for (const personal of [
      'Zéphyrine',
      'Marchetti-Vauclair',
      'Saint-Flour',
      'Anselme',
      'Krzyzanowski',
      'Épilepsie',
      'photosensible',
      organisation.members.coordinator.userId!,
    ]) {
      expect(output).not.toContain(personal);
    }
  });
});

describe('serializeError', () => {
  it('blanks values that database messages quote, keeping the constraint and the code', () => {
    const duplicate = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_unique"'),
      { code: '23505', constraint: 'users_email_unique', detail: 'Key (email)=(lea@example.test)' },
    );
    const badInput = new Error('invalid input syntax for type integer: "Jean Dupont"', {
      cause: new Error('mail to lea@example.test refused'),
    });
    const logged = JSON.stringify([serializeError(duplicate), serializeError(badInput)]);
    expect(logged).toContain('users_email_unique');
    expect(logged).toContain('23505');
    for (const personal of ['lea@example.test', 'Jean Dupont']) {
      expect(logged).not.toContain(personal);
    }
  });
});
