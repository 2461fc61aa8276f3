// Property: offline operations from two devices, replayed in any order with duplicates and in
// batches of any size, leave the server in the one state the rule defines, with nothing lost.
import type { AttendanceOperation, AttendanceStatus } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAttendanceScene,
  headcountOp,
  markOp,
  sendOperations,
} from '../../testing/attendance-setup';
import { buildSession } from '../../testing/programme-factory';
import { deliveryBatches, deliveryPlan, shuffled } from '../../testing/sync-deliveries';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';
import { winsOver } from './attendance.rules';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let scene: Awaited<ReturnType<typeof buildAttendanceScene>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist']);
  scene = await buildAttendanceScene(t, org);
});
afterAll(() => t.close());

const statuses: AttendanceStatus[] = ['present', 'absent', 'excused'];
const targets = ['p0', 'p1', 'p2', 'counted', 'audience'] as const;

/** What a person does on one device: which mark, which value, at which minute of the session. */
const tap = fc.record({
  target: fc.constantFrom(...targets),
  status: fc.constantFrom(...statuses),
  count: fc.nat(60),
  // Few distinct minutes, so that equal device times (ties) happen often.
  minute: fc.nat(3),
});

/** One device's operations, then how they reach the server. */
const deviceHistory = fc
  .array(tap, { minLength: 1, maxLength: 8 })
  .chain((taps) => fc.record({ taps: fc.constant(taps), delivery: deliveryPlan(taps.length, 5) }));

const scenario = fc.record({
  a: deviceHistory,
  b: deviceHistory,
  // Which device's next batch reaches the server next.
  turns: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
});

type History = typeof deviceHistory extends fc.Arbitrary<infer T> ? T : never;

function operationsOf(history: History, sessionId: string, deviceId: string) {
  return history.taps.map((step) => {
    const at = {
      deviceId,
      recordedAt: new Date(Date.UTC(2026, 2, 10, 9, step.minute)).toISOString(),
    };
    if (step.target === 'counted') return headcountOp(sessionId, scene.counted.id, step.count, at);
    if (step.target === 'audience') return headcountOp(sessionId, null, step.count, at);
    const participant = scene.people[Number(step.target.slice(1))]!;
    return markOp(sessionId, participant.id, step.status, at);
  });
}

function keyOf(op: AttendanceOperation) {
  return op.kind === 'attendance.mark'
    ? `mark:${op.participantId}`
    : `count:${op.groupId ?? 'audience'}`;
}

/** The state the rule defines: per mark, the operation that wins over all the others. */
function expectedWinners(operations: AttendanceOperation[]) {
  const winners = new Map<string, AttendanceOperation>();
  for (const op of operations) {
    const current = winners.get(keyOf(op));
    const edit = (o: AttendanceOperation) => ({ ...o, recordedAt: new Date(o.recordedAt) });
    if (!current || winsOver(edit(op), edit(current))) winners.set(keyOf(op), op);
  }
  return winners;
}

async function serverState(sessionId: string) {
  const db = t.database.db;
  const marks = await db
    .select()
    .from(schema.attendanceMarks)
    .where(eq(schema.attendanceMarks.sessionId, sessionId));
  const counts = await db
    .select()
    .from(schema.sessionHeadcounts)
    .where(eq(schema.sessionHeadcounts.sessionId, sessionId));
  const log = await db
    .select()
    .from(schema.attendanceOperations)
    .where(eq(schema.attendanceOperations.sessionId, sessionId));
  return { marks, counts, log };
}

describe('offline operations from two devices', () => {
  it('end in the state the rule defines, whatever the order, with every op id logged once', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ a, b, turns }) => {
        const session = await buildSession(t, org.id, {
          groupIds: [scene.listed.id, scene.counted.id],
          artistIds: [scene.artist.id],
        });
        const opsA = operationsOf(a, session.id, 'phone-a');
        const opsB = operationsOf(b, session.id, 'tablet-b');
        const queues: [Client, AttendanceOperation[][]][] = [
          [org.members.artist, deliveryBatches(a.delivery, opsA)],
          [org.members.coordinator, deliveryBatches(b.delivery, opsB)],
        ];
        const answered = new Map<string, string[]>();
        for (let turn = 0; queues.some(([, q]) => q.length > 0); turn++) {
          const pick = queues[turns[turn % turns.length] ? 0 : 1]!;
          const [client, queue] = pick[1].length > 0 ? pick : queues.find(([, q]) => q.length)!;
          const results = await sendOperations(client, org.id, queue.shift()!);
          for (const r of results)
            answered.set(r.opId, [...(answered.get(r.opId) ?? []), r.outcome]);
        }

        const all = [...opsA, ...opsB];
        const winners = expectedWinners(all);
        const state = await serverState(session.id);
        // Nothing lost, nothing twice: each op id is in the log exactly once.
        expect(state.log.map((o) => o.opId).sort()).toEqual(all.map((o) => o.opId).sort());
        // Each op applied or superseded on its first arrival, a duplicate on every other.
        for (const op of all) {
          const [first, ...rest] = answered.get(op.opId)!;
          expect(['applied', 'superseded']).toContain(first);
          expect(rest.every((outcome) => outcome === 'duplicate')).toBe(true);
        }
        // The current values are the winners of the rule, and only the winners are `applied`.
        const current = [
          ...state.marks.map((m) => [`mark:${m.participantId}`, m.opId, m.status] as const),
          ...state.counts.map(
            (c) => [`count:${c.groupId ?? 'audience'}`, c.opId, c.count] as const,
          ),
        ].sort();
        const expected = [...winners.entries()]
          .map(
            ([key, op]) =>
              [key, op.opId, op.kind === 'attendance.mark' ? op.status : op.count] as const,
          )
          .sort();
        expect(current).toEqual(expected);
        const applied = state.log.filter((o) => o.outcome === 'applied').map((o) => o.opId);
        expect(applied.sort()).toEqual([...winners.values()].map((op) => op.opId).sort());
      }),
      { numRuns: 30, seed: 20260310 },
    );
  }, 180_000);

  it('has a rule that picks the same winner from any permutation of edits', () => {
    const edit = fc.record({
      recordedAt: fc.integer({ min: 0, max: 3 }).map((m) => new Date(m * 60_000)),
      deviceId: fc.constantFrom('a', 'b', 'c'),
      opId: fc.uuid(),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.integer(), (edits, seed) => {
        const best = (list: typeof edits) => list.reduce((w, e) => (winsOver(e, w) ? e : w));
        expect(best(shuffled(edits, seed))).toEqual(best(edits));
      }),
    );
  });
});
