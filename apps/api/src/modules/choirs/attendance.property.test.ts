// Property: the attendance of a 250-voice rehearsal taken on four phones (each its share of the
// singers, the shares overlapping, corrections on top), each phone's operations sent one to three
// times, shuffled, in batches of any size and in any interleaving of the phones' syncs, lands
// exactly once per singer: every op id held once, every singer with the one mark the rule
// settles (latest device time, then the greater device id, then op id), counted once.
import { randomUUID } from 'node:crypto';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSingers, seedChoir } from '../../testing/choir-fixtures';
import { deliveryBatches, deliveryPlan } from '../../testing/sync-deliveries';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

const VOICES = 250;
const DEVICES = ['phone-a', 'phone-b', 'phone-c', 'phone-d'] as const;
const SHARE = Math.ceil(VOICES / DEVICES.length);
const statuses = ['present', 'absent', 'excused'] as const;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
let singers: string[];

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist']);
  choir = await seedChoir(org, { singers: 0 });
  singers = [choir.leaderId, choir.myMemberId, ...(await addSingers(t, org, choir, VOICES - 2))];
}, 120_000);
afterAll(() => t.close());

type Op = {
  kind: 'choirs.attend';
  opId: string;
  deviceId: string;
  recordedAt: string;
  rehearsalId: string;
  memberId: string;
  status: (typeof statuses)[number];
};

/** A mark beyond the phone's share: a singer up to 40 places after it (the next phone's). */
const extra = fc.record({
  offset: fc.nat(SHARE + 40 - 1),
  status: fc.constantFrom(...statuses),
  // Few distinct minutes, so that equal device times (ties) happen often.
  minute: fc.nat(4),
});
const phone = fc.record({
  statuses: fc.array(fc.constantFrom(...statuses), { minLength: SHARE, maxLength: SHARE }),
  minutes: fc.array(fc.nat(4), { minLength: SHARE, maxLength: SHARE }),
  extras: fc.array(extra, { maxLength: 40 }),
  delivery: deliveryPlan(SHARE + 40, 60),
});
const scenario = fc.record({
  phones: fc.tuple(phone, phone, phone, phone),
  turns: fc.array(fc.nat(DEVICES.length - 1), { minLength: 40, maxLength: 40 }),
});
type Phone = typeof phone extends fc.Arbitrary<infer T> ? T : never;

function operationsOf(p: Phone, d: number, rehearsalId: string): Op[] {
  const op = (index: number, status: Op['status'], minute: number): Op => ({
    kind: 'choirs.attend',
    opId: randomUUID(),
    deviceId: DEVICES[d]!,
    recordedAt: new Date(Date.UTC(2026, 2, 10, 19, minute)).toISOString(),
    rehearsalId,
    memberId: singers[index % VOICES]!,
    status,
  });
  const share = p.statuses.flatMap((status, i) =>
    d * SHARE + i < VOICES ? [op(d * SHARE + i, status, p.minutes[i]!)] : [],
  );
  return [...share, ...p.extras.map((e) => op(d * SHARE + e.offset, e.status, e.minute))];
}

/** The mark the rule keeps: latest device time, then the greater device id, then op id. */
function winner(a: Op, b: Op) {
  const key = (op: Op) => [op.recordedAt, op.deviceId, op.opId] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]! ? a : b;
  return a;
}

describe('attendance of a 250-voice rehearsal from four phones', () => {
  it('lands exactly once per singer, whatever the copies, order and interleaving', async () => {
    const clients: Client[] = [
      org.members.artist!,
      org.members.coordinator!,
      org.members.admin!,
      org.members.artist!,
    ];
    const base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ phones, turns }) => {
        const rehearsal = await org.members.coordinator!.post(`${base}/rehearsals`, {
          seasonId: choir.seasonId,
          siteId: null,
          kind: 'makeup',
          startsAt: '2026-03-10T19:00:00Z',
          durationMin: 120,
        });
        expect(rehearsal.status).toBe(201);
        const rehearsalId = (rehearsal.body as { id: string }).id;
        const ops = phones.map((p, d) => operationsOf(p, d, rehearsalId));
        const queues = phones.map((p, d) => deliveryBatches(p.delivery, ops[d]!));
        const answers = new Map<string, string[]>();
        for (let turn = 0; queues.some((q) => q.length > 0); turn++) {
          let d = turns[turn % turns.length]!;
          if (queues[d]!.length === 0) d = queues.findIndex((q) => q.length > 0);
          const response = await clients[d]!.post(`/api/orgs/${org.id}/offline/operations`, {
            operations: queues[d]!.shift()!,
          });
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          for (const r of (response.body as { results: { opId: string; outcome: string }[] })
            .results) {
            answers.set(r.opId, [...(answers.get(r.opId) ?? []), r.outcome]);
          }
        }

        const all = ops.flat();
        // Each op id held exactly once; its first answer applied or superseded, then duplicates.
        const held = await t.database.db
          .select({ opId: schema.choirAttendanceMarks.opId })
          .from(schema.choirAttendanceMarks)
          .where(eq(schema.choirAttendanceMarks.rehearsalId, rehearsalId));
        expect(held.map((row) => row.opId).sort()).toEqual(all.map((op) => op.opId).sort());
        for (const op of all) {
          const [first, ...rest] = answers.get(op.opId)!;
          expect(['applied', 'superseded']).toContain(first);
          expect(rest.every((outcome) => outcome === 'duplicate')).toBe(true);
        }

        // Every singer once, with the mark the rule keeps.
        const expected = new Map<string, Op>();
        for (const op of all) {
          const kept = expected.get(op.memberId);
          expected.set(op.memberId, kept ? winner(kept, op) : op);
        }
        expect(expected.size).toBe(VOICES);
        const roster = await org.members.coordinator!.get(
          `${base}/rehearsals/${rehearsalId}/roster`,
        );
        const body = roster.body as {
          rehearsal: { attendance: Record<(typeof statuses)[number], number> };
          singers: { memberId: string; status: string | null }[];
        };
        expect(body.singers).toHaveLength(VOICES);
        for (const singer of body.singers) {
          expect(singer.status).toBe(expected.get(singer.memberId)!.status);
        }
        const { present, absent, excused } = body.rehearsal.attendance;
        expect(present + absent + excused).toBe(VOICES);
      }),
      { numRuns: 6, seed: 20260310 },
    );
  }, 600_000);
});
