// `npm run bench:relays`: a season of free seats through relays, 6,000 seats through 300 relay
// partners: 30 concerts, each giving 10 seats to 20 partners (every partner at two concerts), with
// 3 guests of 2 seats already named on each allocation (3,600 seats held under a name). Prints the
// server time (Fastify inject, no network) p50 / p95 / max of the pages relays and organisers use:
// allocation (set a concert's allocations, read its layers, the organisers' list of the season,
// paged, with the season's ledger),
// nomination (a relay names a guest) and ledger (one allocation's ledger, a relay's list, one
// partner's season). Target: p95 under 200 ms. On PGlite, and on PostgreSQL too when DATABASE_URL
// is set (in a database of its own, dropped afterwards).
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { newOrderSecret, schema } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/platform/config';
import { startJobQueue } from '../src/platform/jobs/queue';
import { type Caller, privateDatabase, signInCoordinators } from './sync-fixtures';

const PARTNERS = 300;
const CONCERTS = 30;
const PARTNERS_PER_CONCERT = 20;
const SEATS = 10;
const GUESTS_PER_ALLOCATION = 3;
/** The bench's relay person follows the groups of this many partners. */
const RELAY_PARTNERS = 10;
const SAMPLES = 40;

async function buildScene(url: string | undefined) {
  const { database, drop } = await privateDatabase(url);
  await database.migrate();
  const config = loadConfig({ LOG_LEVEL: 'silent', TUTTI_SIGN_IN_LIMIT_PER_MINUTE: '1000' });
  const jobs = await startJobQueue({ database, log: pino({ level: 'silent' }) });
  const app = await buildApp({ config, database, jobs });
  await app.ready();
  const db = database.db;
  const [org] = await db.insert(schema.organisations).values({ name: 'Bench relais' }).returning();
  const orgId = org!.id;
  const [coordinator] = await signInCoordinators(app, database, orgId, 1, 'relays-coord');
  const [relay] = await signInCoordinators(app, database, orgId, 1, 'relays-relay', 'relay');
  const [relayUser] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, 'relays-relay0@bench-sync.test'));
  const partners = await db
    .insert(schema.partners)
    .values(
      Array.from({ length: PARTNERS }, (_, n) => ({
        orgId,
        name: `Centre social ${String(n).padStart(3, '0')}`,
        type: 'social_centre' as const,
      })),
    )
    .returning({ id: schema.partners.id });
  await db.insert(schema.groups).values(
    partners.map((partner, n) => ({
      orgId,
      name: `Groupe ${n}`,
      kind: 'audience' as const,
      partnerId: partner.id,
      relayUserId: n < RELAY_PARTNERS ? relayUser!.id : null,
    })),
  );
  const [project] = await db
    .insert(schema.projects)
    .values({ orgId, name: 'Saison des places offertes', status: 'active' })
    .returning();
  const [venue] = await db
    .insert(schema.venues)
    .values({ orgId, name: 'Salle des fêtes', kind: 'community_hall', capacity: 400 })
    .returning();
  const day = 86_400_000;
  const concerts = await db
    .insert(schema.sessions)
    .values(
      Array.from({ length: CONCERTS }, (_, n) => {
        const startsAt = new Date(Date.now() + (20 + n * 9) * day);
        return {
          orgId,
          projectId: project!.id,
          venueId: venue!.id,
          kind: 'concert' as const,
          title: `Concert ${n + 1}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
          timeZone: 'Europe/Paris',
          status: 'confirmed' as const,
          capacity: 400,
        };
      }),
    )
    .returning({ id: schema.sessions.id });
  // Concert c gives seats to partners (c * 10 + k) mod 300, k < 20: every partner twice.
  const partnersOf = (c: number) =>
    Array.from({ length: PARTNERS_PER_CONCERT }, (_, k) => partners[(c * 10 + k) % PARTNERS]!.id);
  const allocationBody = (c: number) => ({
    allocations: partnersOf(c).map((partnerId) => ({ partnerId, seats: SEATS })),
  });
  const allocations: { id: string; sessionId: string; partnerId: string }[] = [];
  for (const [c, concert] of concerts.entries()) {
    const rows = await db
      .insert(schema.concertRelayAllocations)
      .values(
        partnersOf(c).map((partnerId) => ({
          orgId,
          sessionId: concert.id,
          partnerId,
          seats: SEATS,
          releaseDaysBefore: 2,
        })),
      )
      .returning({
        id: schema.concertRelayAllocations.id,
        sessionId: schema.concertRelayAllocations.sessionId,
        partnerId: schema.concertRelayAllocations.partnerId,
      });
    allocations.push(...rows);
  }
  const guests = allocations.flatMap((allocation) =>
    Array.from({ length: GUESTS_PER_ALLOCATION }, (_, g) => ({
      id: randomUUID(),
      orgId,
      sessionId: allocation.sessionId,
      allocationId: allocation.id,
      channel: 'relay' as const,
      secret: newOrderSecret(),
      name: `Invité ${g}`,
      phone: '+33612345678',
      seats: 2,
    })),
  );
  for (let start = 0; start < guests.length; start += 500)
    await db.insert(schema.concertOrders).values(guests.slice(start, start + 500));
  // Statistics as a live database has them: without them the planner guesses on empty tables
  // and every figure below is inflated.
  await db.execute(sql`analyze`);
  const relayPartners = new Set(partners.slice(0, RELAY_PARTNERS).map((p) => p.id));
  return {
    app,
    orgId,
    coordinator: coordinator!,
    relay: relay!,
    concerts: concerts.map((c) => c.id),
    allocations,
    relayAllocations: allocations.filter((a) => relayPartners.has(a.partnerId)),
    allocationBody,
    guests: guests.length,
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
      await drop();
    },
  };
}

type Scene = Awaited<ReturnType<typeof buildScene>>;

async function timed(
  scene: Scene,
  caller: Caller,
  method: 'GET' | 'POST' | 'PUT',
  url: (n: number) => string,
  body?: (n: number) => unknown,
) {
  const times: number[] = [];
  for (let n = 0; n < SAMPLES + 3; n++) {
    const started = performance.now();
    const response = await scene.app.inject({
      method,
      url: url(n),
      headers: { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken },
      ...(body ? { payload: body(n) as object } : {}),
    });
    const ms = performance.now() - started;
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url(n)}: ${response.statusCode} ${response.body}`);
    // The first three warm the caches the way an open page does; they are not counted.
    if (n >= 3) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
}

async function run(label: string, url: string | undefined) {
  const setupStarted = performance.now();
  const scene = await buildScene(url);
  console.log(
    `\n${label}: ${PARTNERS} partners, ${CONCERTS} concerts, ${scene.allocations.length} allocations of ${SEATS} seats (${scene.allocations.length * SEATS} seats), ${scene.guests} guests named, ready in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );
  const base = `/api/orgs/${scene.orgId}`;
  const concert = (n: number) => scene.concerts[n % scene.concerts.length]!;
  const relayAllocation = (n: number) =>
    scene.relayAllocations[n % scene.relayAllocations.length]!.id;
  const lines: [string, string, Awaited<ReturnType<typeof timed>>][] = [];
  try {
    lines.push([
      'allocation',
      "PUT a concert's 20 allocations (coordinator)",
      await timed(
        scene,
        scene.coordinator,
        'PUT',
        (n) => `${base}/sessions/${concert(n)}/relay-allocations`,
        (n) => scene.allocationBody(n % scene.concerts.length),
      ),
    ]);
    lines.push([
      'allocation',
      "GET a concert's seat layers and ledger counts (coordinator)",
      await timed(
        scene,
        scene.coordinator,
        'GET',
        (n) => `${base}/sessions/${concert(n)}/seat-layers`,
      ),
    ]);
    lines.push([
      'allocation',
      "GET the season's first page of 50 of 600 and its ledger (coordinator)",
      await timed(scene, scene.coordinator, 'GET', () => `${base}/relay-allocations?limit=50`),
    ]);
    lines.push([
      'allocation',
      "GET the season's last page of 50 of 600 and its ledger (coordinator)",
      await timed(
        scene,
        scene.coordinator,
        'GET',
        () => `${base}/relay-allocations?limit=50&offset=550`,
      ),
    ]);
    lines.push([
      'nomination',
      'POST a guest of 1 seat (relay)',
      await timed(
        scene,
        scene.relay,
        'POST',
        (n) => `${base}/relay-allocations/${relayAllocation(n)}/guests`,
        (n) => ({ firstName: `Nouvel invité ${n}`, phone: '+33612345678', seats: 1 }),
      ),
    ]);
    lines.push([
      'ledger',
      "GET one allocation's ledger and guests (relay)",
      await timed(
        scene,
        scene.relay,
        'GET',
        (n) => `${base}/relay-allocations/${relayAllocation(n)}`,
      ),
    ]);
    lines.push([
      'ledger',
      "GET the relay's allocations, 20 (relay)",
      await timed(scene, scene.relay, 'GET', () => `${base}/relay-allocations`),
    ]);
    lines.push([
      'ledger',
      "GET one partner's season (coordinator)",
      await timed(
        scene,
        scene.coordinator,
        'GET',
        (n) =>
          `${base}/relay-allocations?partnerId=${scene.allocations[(n * 7) % scene.allocations.length]!.partnerId}`,
      ),
    ]);
  } finally {
    await scene.close();
  }
  let ok = true;
  for (const [page, what, t] of lines) {
    const fine = t.p95 < 200;
    ok &&= fine;
    console.log(
      `  ${page.padEnd(10)} ${what.padEnd(70)} p50 ${t.p50.toFixed(1).padStart(6)} ms  p95 ${t.p95.toFixed(1).padStart(6)} ms  max ${t.max.toFixed(1).padStart(6)} ms${fine ? '' : '  OVER 200 ms'}`,
    );
  }
  return ok;
}

console.log(
  `bench:relays on ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}, ${SAMPLES} requests per line after 3 warm-ups`,
);
let ok = await run('PGlite (embedded, in memory)', undefined);
if (process.env.DATABASE_URL) ok = (await run('PostgreSQL', process.env.DATABASE_URL)) && ok;
else console.log('\nPostgreSQL: skipped (set DATABASE_URL to run it too)');
process.exit(ok ? 0 : 1);
