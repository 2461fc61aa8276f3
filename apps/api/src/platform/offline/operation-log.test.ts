// The offline operation log: every kind through one endpoint, each operation applied exactly once
// in any order, malformed batches refused whole, other organisations kept out.
import { schema } from '@tutti/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceOperationKinds } from '../../modules/attendance';
import { choirOperationKinds } from '../../modules/choirs';
import { doorOperationKinds } from '../../modules/concerts';
import { trainingOperationKinds } from '../../modules/trainings';
import {
  buildAttendanceScene,
  headcountOp,
  markOp,
  sendOperations,
} from '../../testing/attendance-setup';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { defineOperationKind, operationRegistry } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let scene: Awaited<ReturnType<typeof buildAttendanceScene>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay']);
  scene = await buildAttendanceScene(t, org);
});
afterAll(() => t.close());

async function receiptCount() {
  const [row] = await t.database.db.select({ n: count() }).from(schema.offlineOperations);
  return row!.n;
}

const url = (orgId: string) => `/api/orgs/${orgId}/offline/operations`;

describe('the offline operation log', () => {
  it('applies a mixed batch once, answers every copy sent again duplicate, in any order', async () => {
    const { session, people, counted } = await buildAttendanceScene(t, org);
    const batch = [
      markOp(session.id, people[0]!.id, 'present', { deviceId: 'phone-a' }),
      headcountOp(session.id, counted.id, 12, { deviceId: 'phone-a' }),
      markOp(session.id, people[1]!.id, 'absent', { deviceId: 'phone-a' }),
    ];
    const before = await receiptCount();
    const first = await sendOperations(org.members.artist, org.id, batch);
    expect(first).toEqual(batch.map((op) => ({ opId: op.opId, outcome: 'applied' })));
    // The same operations again, reversed and twice over: nothing is applied a second time.
    const again = await sendOperations(org.members.coordinator, org.id, [
      ...[...batch].reverse(),
      batch[0]!,
    ]);
    expect(again.map((r) => [r.opId, r.outcome])).toEqual(
      [...[...batch].reverse(), batch[0]!].map((op) => [op.opId, 'duplicate']),
    );
    expect(await receiptCount()).toBe(before + 3);
    const [receipt] = await t.database.db
      .select()
      .from(schema.offlineOperations)
      .where(eq(schema.offlineOperations.opId, batch[1]!.opId));
    expect(receipt).toMatchObject({
      orgId: org.id,
      kind: 'attendance.headcount',
      deviceId: 'phone-a',
      userId: org.members.artist.userId,
      recordedAt: new Date(batch[1]!.recordedAt),
    });
  });

  it('applies batches sent at the same time with the same operations exactly once', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const ops = people.map((p, i) =>
      markOp(session.id, p.id, i % 2 ? 'absent' : 'present', { deviceId: `tablet-${i}` }),
    );
    const answers = await Promise.all(
      [ops, [...ops].reverse(), ops.slice(1)].map((batch) =>
        sendOperations(org.members.coordinator, org.id, batch),
      ),
    );
    for (const op of ops) {
      const outcomes = answers.flat().filter((r) => r.opId === op.opId);
      expect(outcomes.filter((r) => r.outcome === 'applied')).toHaveLength(1);
      expect(outcomes.filter((r) => r.outcome !== 'applied').map((r) => r.outcome)).toEqual(
        outcomes.slice(1).map(() => 'duplicate'),
      );
    }
  });

  it.each([
    ['an unknown kind', { kind: 'tickets.scan' }, 'body.operations.1.kind'],
    ['a missing device id', { deviceId: undefined }, 'body.operations.1.deviceId'],
    ['a device id with spaces', { deviceId: 'my phone' }, 'body.operations.1.deviceId'],
    ['an op id that is no UUID', { opId: '42' }, 'body.operations.1.opId'],
    ['a time without offset', { recordedAt: '2026-03-10 09:05' }, 'body.operations.1.recordedAt'],
    ['an unknown field', { colour: 'red' }, 'body.operations.1.colour'],
  ])(
    'refuses a batch with %s with 400 naming the field, changing nothing',
    async (_, change, path) => {
      const before = await receiptCount();
      const response = await org.members.coordinator.post(url(org.id), {
        operations: [
          markOp(scene.session.id, scene.people[0]!.id, 'present'),
          { ...markOp(scene.session.id, scene.people[1]!.id, 'present'), ...change },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        error: { code: 'REQUEST.VALIDATION', fields: [expect.objectContaining({ path })] },
      });
      expect(await receiptCount()).toBe(before);
    },
  );

  it('refuses an empty batch and one over the limit with 400', async () => {
    const empty = await org.members.coordinator.post(url(org.id), { operations: [] });
    expect(empty.status).toBe(400);
    const op = markOp(scene.session.id, scene.people[0]!.id, 'present');
    const tooMany = await org.members.coordinator.post(url(org.id), {
      operations: Array.from({ length: 1001 }, () => op),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { fields: [{ path: 'body.operations' }] } });
  });

  it('keeps other organisations out: 404 for a non-member, refusals for foreign targets', async () => {
    const other = await buildOrganisation(t, ['admin'], 'Chœur voisin');
    const before = await receiptCount();
    const intruder = await other.members.admin.post(url(org.id), {
      operations: [markOp(scene.session.id, scene.people[0]!.id, 'excused')],
    });
    expect(intruder.status).toBe(404);
    const foreign = await sendOperations(other.members.admin, other.id, [
      markOp(scene.session.id, scene.people[0]!.id, 'excused'),
      headcountOp(scene.session.id, null, 3),
    ]);
    expect(foreign.map((r) => r.reason)).toEqual([
      'ATTENDANCE.SESSION_NOT_FOUND',
      'ATTENDANCE.SESSION_NOT_FOUND',
    ]);
    expect(await receiptCount()).toBe(before);
  });

  it('answers 403 to a role without the permission of a kind in the batch, changing nothing', async () => {
    const before = await receiptCount();
    const response = await org.members.relay.post(url(org.id), {
      operations: [markOp(scene.session.id, scene.people[0]!.id, 'present')],
    });
    expect(response.status).toBe(403);
    expect(await receiptCount()).toBe(before);
  });

  it('refuses a device clock more than a day ahead, and logs nothing for it', async () => {
    const ahead = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
    const op = markOp(scene.session.id, scene.people[0]!.id, 'present', { recordedAt: ahead });
    const [result] = await sendOperations(org.members.coordinator, org.id, [op]);
    expect(result).toMatchObject({ outcome: 'refused', reason: 'OFFLINE.RECORDED_IN_FUTURE' });
    // Once the clock is fixed, the same op id goes through.
    const fixed = { ...op, recordedAt: new Date().toISOString() };
    expect((await sendOperations(org.members.coordinator, org.id, [fixed]))[0]!.outcome).toBe(
      'applied',
    );
  });
});

describe('the registry of operation kinds', () => {
  it('refuses a kind declared twice and a kind of the contracts without a declaration', () => {
    const [mark, headcount] = attendanceOperationKinds;
    expect(() => operationRegistry([mark!, headcount!, mark!])).toThrow(/declared twice/);
    expect(() => operationRegistry([mark!])).toThrow(/attendance.headcount/);
    expect(
      operationRegistry([
        mark!,
        headcount!,
        ...doorOperationKinds,
        ...choirOperationKinds,
        ...trainingOperationKinds,
      ]).size,
    ).toBe(7);
    expect(defineOperationKind(mark as never)).toBe(mark);
  });
});
