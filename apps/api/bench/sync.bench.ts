// `npm run bench:sync`: five devices come back online with 1,000 offline attendance marks each
// (every mark of five sessions of 200 participants, so every mark is edited by all five: 4,000
// conflicts to settle). Each device sends one batch; then all five batches are sent again at once.
// Prints the time per batch and operations per second, and verifies that every operation was
// applied exactly once and that each mark holds the winner of the conflict rule. On PGlite, and
// on PostgreSQL too when DATABASE_URL is set (in a database of its own, dropped afterwards).
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { buildSyncScene, DEVICES, type SyncScene, sendBatch } from './sync-fixtures';

const statuses = ['present', 'absent', 'excused'] as const;

/** Device `d`'s marks: every participant of every session, at some minute of the morning. */
function deviceBatch(scene: SyncScene, device: number) {
  let seed = device + 1;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return scene.sessionIds.flatMap((sessionId) =>
    scene.participantIds.map((participantId) => ({
      opId: randomUUID(),
      deviceId: `bench-device-${device}`,
      // Few distinct minutes, so that equal device times (ties) happen too.
      recordedAt: new Date(Date.UTC(2026, 2, 10, 9, Math.floor(random() * 20))).toISOString(),
      kind: 'attendance.mark',
      sessionId,
      participantId,
      status: statuses[Math.floor(random() * 3)],
    })),
  );
}

async function verify(scene: SyncScene, sent: number) {
  const [row] = await rowsOf<{
    receipts: number;
    logged: number;
    distinct_logged: number;
    applied: number;
    marks: number;
    wrong_winners: number;
  }>(
    scene.database.db,
    sql`select
      (select count(*)::int from offline_operations where org_id = ${scene.orgId}) as receipts,
      (select count(*)::int from attendance_operations where org_id = ${scene.orgId}) as logged,
      (select count(distinct op_id)::int from attendance_operations where org_id = ${scene.orgId}) as distinct_logged,
      (select count(*)::int from attendance_operations where org_id = ${scene.orgId} and outcome = 'applied') as applied,
      (select count(*)::int from attendance_marks where org_id = ${scene.orgId}) as marks,
      (select count(*)::int from attendance_marks m
         where m.org_id = ${scene.orgId} and m.op_id <> (
           select o.op_id from attendance_operations o
            where o.session_id = m.session_id and o.participant_id = m.participant_id
            order by o.recorded_at desc, o.device_id collate "C" desc, o.op_id desc limit 1)
      ) as wrong_winners`,
  );
  const targets = scene.sessionIds.length * scene.participantIds.length;
  const ok =
    row!.receipts === sent &&
    row!.logged === sent &&
    row!.distinct_logged === sent &&
    row!.applied === targets &&
    row!.marks === targets &&
    row!.wrong_winners === 0;
  return { ok, ...row! };
}

async function run(label: string, url: string | undefined) {
  const setupStarted = performance.now();
  const scene = await buildSyncScene(url);
  console.log(
    `\n${label}: scene ready in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );
  try {
    const batches = Array.from({ length: DEVICES }, (_, d) => deviceBatch(scene, d));
    const firstAnswers = new Map<string, string>();
    let total = 0;
    for (const [d, batch] of batches.entries()) {
      const started = performance.now();
      const results = await sendBatch(scene, scene.callers[d]!, batch);
      const ms = performance.now() - started;
      total += ms;
      for (const r of results) firstAnswers.set(r.opId, r.outcome);
      const counts = Object.entries(
        results.reduce<Record<string, number>>((acc, r) => {
          acc[r.outcome] = (acc[r.outcome] ?? 0) + 1;
          return acc;
        }, {}),
      )
        .map(([outcome, n]) => `${outcome} ${n}`)
        .join(', ');
      console.log(
        `  device ${d}: ${batch.length} ops in ${ms.toFixed(0)} ms (${Math.round((batch.length / ms) * 1000)} ops/s): ${counts}`,
      );
    }
    const sent = batches.flat().length;
    console.log(
      `  first sync: ${sent} ops in ${(total / 1000).toFixed(2)} s, ${Math.round((sent / total) * 1000)} ops/s`,
    );
    const replayStarted = performance.now();
    const replays = await Promise.all(
      batches.map((batch, d) => sendBatch(scene, scene.callers[d]!, [...batch].reverse())),
    );
    const replayMs = performance.now() - replayStarted;
    const allDuplicate = replays.flat().every((r) => r.outcome === 'duplicate');
    console.log(
      `  replay of all ${DEVICES} batches at once: ${(replayMs / 1000).toFixed(2)} s, ${Math.round((sent / replayMs) * 1000)} ops/s, all duplicate: ${allDuplicate}`,
    );
    const firstOk = [...firstAnswers.values()].every((o) => o === 'applied' || o === 'superseded');
    const check = await verify(scene, sent);
    console.log(
      `  verified: ${check.receipts} receipts, ${check.logged} logged (${check.distinct_logged} distinct), ${check.applied} applied = ${check.marks} marks, ${check.wrong_winners} marks not held by the rule's winner`,
    );
    const ok = check.ok && allDuplicate && firstOk && firstAnswers.size === sent;
    console.log(`  exactly once: ${ok ? 'yes' : 'NO'}`);
    return ok;
  } finally {
    await scene.close();
  }
}

console.log(`bench:sync on ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
let ok = await run('PGlite (embedded, in memory)', undefined);
if (process.env.DATABASE_URL) ok = (await run('PostgreSQL', process.env.DATABASE_URL)) && ok;
else console.log('\nPostgreSQL: skipped (set DATABASE_URL to run it too)');
process.exit(ok ? 0 : 1);
