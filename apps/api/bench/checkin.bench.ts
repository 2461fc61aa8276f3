// `npm run bench:checkin`: four door phones come back online with 2,000 offline scans of one
// concert (500 each, 1,700 orders of 1 to 4 seats: 1,400 let in whole, 100 in two parts, and 200
// orders scanned on two phones, which must be listed as conflicts, not let in twice),
// plus a travel answer after every other scan. The four phones sync at once, as when the network
// comes back in the hall; then all four send everything again. Prints the time, and the scans
// lost and the seats counted twice (both must be 0). On PGlite, and on PostgreSQL too when
// DATABASE_URL is set (in a database of its own, dropped afterwards).
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { MAX_OPERATIONS_PER_BATCH, settleCheckIns } from '@tutti/contracts';
import { newOrderSecret, rowsOf, schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/platform/config';
import { startJobQueue } from '../src/platform/jobs/queue';
import { type Caller, call, privateDatabase, signInCoordinators } from './sync-fixtures';

const PHONES = 4;
const WHOLE = 1_400;
const IN_TWO_PARTS = 100;
const SCANNED_TWICE = 200;
const ORDERS = WHOLE + IN_TWO_PARTS + SCANNED_TWICE;

type Scan = {
  opId: string;
  deviceId: string;
  recordedAt: string;
  kind: 'door.checkIn';
  concertId: string;
  orderId: string;
  seats: number;
  method: 'scan';
};
type Travel = {
  opId: string;
  deviceId: string;
  recordedAt: string;
  kind: 'door.travel';
  concertId: string;
  entryOpId: string;
  people: number;
  mode: 'walk' | 'bike' | 'car' | 'bus' | 'shuttle';
  carPeople: number | null;
};

async function buildScene(url: string | undefined) {
  const { database, drop } = await privateDatabase(url);
  await database.migrate();
  const config = loadConfig({ LOG_LEVEL: 'silent', TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '1000' });
  const jobs = await startJobQueue({ database, log: pino({ level: 'silent' }) });
  const app = await buildApp({ config, database, jobs });
  await app.ready();
  const db = database.db;
  const [org] = await db.insert(schema.organisations).values({ name: 'Bench door' }).returning();
  const orgId = org!.id;
  const callers = await signInCoordinators(app, database, orgId, PHONES, 'door');
  const [project] = await db
    .insert(schema.projects)
    .values({ orgId, name: 'Concerts du gymnase', status: 'active' })
    .returning();
  const startsAt = new Date(Date.UTC(2026, 5, 20, 18, 30));
  const [concert] = await db
    .insert(schema.sessions)
    .values({
      orgId,
      projectId: project!.id,
      kind: 'concert',
      title: 'Concert au gymnase',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 120 * 60_000),
      timeZone: 'Europe/Paris',
      status: 'confirmed',
      capacity: 6_000,
    })
    .returning();
  const [tariff] = await db
    .insert(schema.concertTariffs)
    .values({ orgId, sessionId: concert!.id, kind: 'free', priceCents: 0, position: 0 })
    .returning();
  const orders = Array.from({ length: ORDERS }, (_, n) => ({
    id: randomUUID(),
    orgId,
    sessionId: concert!.id,
    secret: newOrderSecret(),
    name: `Famille ${n}`,
    // Orders let in two parts have 2 to 4 seats.
    seats: n >= WHOLE && n < WHOLE + IN_TWO_PARTS ? 2 + (n % 3) : 1 + (n % 4),
  }));
  for (let start = 0; start < orders.length; start += 500) {
    const chunk = orders.slice(start, start + 500);
    await db.insert(schema.concertOrders).values(chunk);
    await db.insert(schema.concertOrderLines).values(
      chunk.map((order) => ({
        orgId,
        orderId: order.id,
        tariffId: tariff!.id,
        quantity: order.seats,
        unitPriceCents: 0,
      })),
    );
  }
  return {
    app,
    database,
    orgId,
    concertId: concert!.id,
    callers,
    orders,
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
      await drop();
    },
  };
}

type Scene = Awaited<ReturnType<typeof buildScene>>;

/** Each phone's queue, as it recorded it in the hall: scans, and a travel answer after every other one. */
function phoneQueues(scene: Scene) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const minute = () => Math.floor(random() * 45);
  const scans: Scan[] = [];
  const scan = (phone: number, orderId: string, seats: number): Scan => ({
    opId: randomUUID(),
    deviceId: `door-phone-${phone}`,
    recordedAt: new Date(
      Date.UTC(2026, 5, 20, 18, minute(), Math.floor(random() * 60)),
    ).toISOString(),
    kind: 'door.checkIn',
    concertId: scene.concertId,
    orderId,
    seats,
    method: 'scan',
  });
  scene.orders.forEach((order, n) => {
    const phone = n % PHONES;
    if (n < WHOLE) scans.push(scan(phone, order.id, order.seats));
    else if (n < WHOLE + IN_TWO_PARTS) {
      // A family comes in two parts: some now, the rest later.
      const first = Math.ceil(order.seats / 2);
      scans.push(scan(phone, order.id, first));
      scans.push(scan(phone, order.id, order.seats - first));
    } else {
      // The same QR code shown at two doors (a screenshot passed on): one phone each.
      scans.push(scan(phone, order.id, order.seats));
      scans.push(scan((phone + 1) % PHONES, order.id, order.seats));
    }
  });
  const modes = ['walk', 'bike', 'car', 'bus', 'shuttle'] as const;
  const queues: (Scan | Travel)[][] = Array.from({ length: PHONES }, () => []);
  scans.forEach((s, n) => {
    const queue = queues[Number(s.deviceId.slice(-1))]!;
    queue.push(s);
    if (n % 2 === 0) {
      const mode = modes[n % modes.length]!;
      queue.push({
        opId: randomUUID(),
        deviceId: s.deviceId,
        recordedAt: s.recordedAt,
        kind: 'door.travel',
        concertId: scene.concertId,
        entryOpId: s.opId,
        people: s.seats,
        mode,
        carPeople: mode === 'car' ? Math.min(s.seats + 1, 5) : null,
      });
    }
  });
  return { scans, queues };
}

/** What a phone's sync does: its queue in batches of 1,000, oldest first. */
async function syncPhone(scene: Scene, caller: Caller, queue: unknown[]) {
  const outcomes: { opId: string; outcome: string }[] = [];
  for (let start = 0; start < queue.length; start += MAX_OPERATIONS_PER_BATCH) {
    const response = await call(
      scene.app,
      caller,
      'POST',
      `/api/orgs/${scene.orgId}/offline/operations`,
      { operations: queue.slice(start, start + MAX_OPERATIONS_PER_BATCH) },
    );
    outcomes.push(...(response.json() as { results: typeof outcomes }).results);
  }
  return outcomes;
}

async function verify(scene: Scene, scans: Scan[], sent: number) {
  const [row] = await rowsOf<{ entries: number; distinct_entries: number; travel: number }>(
    scene.database.db,
    sql`select
      (select count(*)::int from concert_door_entries where session_id = ${scene.concertId}) as entries,
      (select count(distinct op_id)::int from concert_door_entries where session_id = ${scene.concertId}) as distinct_entries,
      (select count(*)::int from concert_door_travel where session_id = ${scene.concertId}) as travel`,
  );
  const summary = (
    await call(
      scene.app,
      scene.callers[0]!,
      'GET',
      `/api/orgs/${scene.orgId}/sessions/${scene.concertId}/door/summary`,
    )
  ).json() as { checkedInSeats: number; bookedSeats: number; conflicts: { opId: string }[] };
  // The seats the rule gives from every scan, whatever reached the server first.
  let expectedSeats = 0;
  let expectedConflicts = 0;
  for (const order of scene.orders) {
    const settled = settleCheckIns(
      order.seats,
      scans.filter((s) => s.orderId === order.id),
    );
    expectedSeats += settled.reduce((sum, entry) => sum + entry.granted, 0);
    expectedConflicts += settled.filter((entry) => entry.excess > 0).length;
  }
  const lost = scans.length - row!.distinct_entries + (sent - scans.length - row!.travel);
  const countedTwice =
    row!.entries - row!.distinct_entries + Math.max(0, summary.checkedInSeats - expectedSeats);
  return {
    lost,
    countedTwice,
    seats: summary.checkedInSeats,
    expectedSeats,
    booked: summary.bookedSeats,
    conflicts: summary.conflicts.length,
    expectedConflicts,
    ok:
      lost === 0 &&
      countedTwice === 0 &&
      summary.checkedInSeats === expectedSeats &&
      summary.conflicts.length === expectedConflicts,
  };
}

async function run(label: string, url: string | undefined) {
  const setupStarted = performance.now();
  const scene = await buildScene(url);
  console.log(
    `\n${label}: ${ORDERS} orders ready in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );
  try {
    const { scans, queues } = phoneQueues(scene);
    const sent = queues.flat().length;
    const started = performance.now();
    const answers = await Promise.all(
      queues.map((queue, d) => syncPhone(scene, scene.callers[d]!, queue)),
    );
    const ms = performance.now() - started;
    const first = answers.flat();
    const counts = first.reduce<Record<string, number>>((acc, r) => {
      acc[r.outcome] = (acc[r.outcome] ?? 0) + 1;
      return acc;
    }, {});
    console.log(
      `  ${PHONES} phones sync at once: ${scans.length} scans + ${sent - scans.length} travel answers in ${(ms / 1000).toFixed(2)} s (${Math.round((sent / ms) * 1000)} ops/s): ${Object.entries(
        counts,
      )
        .map(([o, n]) => `${o} ${n}`)
        .join(', ')}`,
    );
    const replayStarted = performance.now();
    const replays = await Promise.all(
      queues.map((queue, d) => syncPhone(scene, scene.callers[d]!, [...queue].reverse())),
    );
    const replayMs = performance.now() - replayStarted;
    const allDuplicate = replays.flat().every((r) => r.outcome === 'duplicate');
    console.log(
      `  everything sent again at once: ${(replayMs / 1000).toFixed(2)} s, all duplicate: ${allDuplicate}`,
    );
    const check = await verify(scene, scans, sent);
    console.log(
      `  seats let in ${check.seats} of ${check.booked} booked (rule: ${check.expectedSeats}), conflicts listed ${check.conflicts} (rule: ${check.expectedConflicts})`,
    );
    console.log(`  lost: ${check.lost}, counted twice: ${check.countedTwice}`);
    const ok = check.ok && allDuplicate && first.every((r) => r.outcome !== 'refused');
    console.log(`  exactly once: ${ok ? 'yes' : 'NO'}`);
    return ok;
  } finally {
    await scene.close();
  }
}

console.log(`bench:checkin on ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
let ok = await run('PGlite (embedded, in memory)', undefined);
if (process.env.DATABASE_URL) ok = (await run('PostgreSQL', process.env.DATABASE_URL)) && ok;
else console.log('\nPostgreSQL: skipped (set DATABASE_URL to run it too)');
process.exit(ok ? 0 : 1);
