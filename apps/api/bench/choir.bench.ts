// `npm run bench:choir [-- --singers 250 --runs 60]`: a choir of 250 singers at 4 sites in 8
// parts, a season of 60 rehearsals (weekly per site, monthly tutti, two concerts) with attendance
// taken from several phones at the past ones (some singers marked twice), RSVPs to the next ones,
// 12 pieces with learning statuses, divisi and recordings checked by section leaders. In this
// process, through the services' tenant transactions (no HTTP): the readiness view (piece × part
// × site) and, beside it, the rehearsal list with predicted attendance; p50, p95, p99 and max of
// the server time, and this process's CPU time per call (on PGlite, the database's too: a figure
// that depends less on what else the machine runs). PostgreSQL when DATABASE_URL is set, else PGlite in TUTTI_DATA_DIR
// (.tutti/bench-choir). The choir is written again on every run.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type AgeBand, ageBands, standardVoiceParts } from '@tutti/contracts';
import { openDatabase, retainUntilFor, rowsOf, schema, searchNameOf } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { readiness } from '../src/modules/choirs/readiness.service';
import { listRehearsals } from '../src/modules/choirs/rehearsals.service';
import type { OrgActor } from '../src/platform/auth/request-auth';

const { values } = parseArgs({
  options: {
    singers: { type: 'string', default: '250' },
    runs: { type: 'string', default: '60' },
  },
});
const singerCount = Number(values.singers);
const runs = Number(values.runs);
const SITES = 4;
const WEEKS = 13; // 52 site rehearsals, 6 tutti and 2 concerts: 60
const PIECES = 12;
const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.DATABASE_URL;
const target = databaseUrl
  ? ({ kind: 'postgres', url: databaseUrl, poolSize: 2 } as const)
  : ({
      kind: 'pglite',
      dataDir: process.env.TUTTI_DATA_DIR ?? `${root}.tutti/bench-choir`,
    } as const);
const ORG_NAME = 'Chœur (banc d’essai)';

/** A seeded generator, so that every run writes the same choir. */
let state = 20260317;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const DAY = 86_400_000;

const database = await openDatabase(target);
await database.migrate();
await database.db.execute(sql`delete from organisations where name = ${ORG_NAME}`);
const [org] = await rowsOf<{ id: string }>(
  database.db,
  sql`insert into organisations (name) values (${ORG_NAME}) returning id`,
);
const orgId = org!.id;
const actor: OrgActor = {
  userId: '00000000-0000-4000-8000-000000000000',
  orgId,
  role: 'coordinator',
  inTenant: (work) => database.withTenant({ orgId, userId: null }, work),
};

const setupStarted = performance.now();
const written = await database.withTenant({ orgId, userId: null }, async (tx) => {
  const [choir] = await tx
    .insert(schema.choirs)
    .values({ orgId, name: 'Chœur de banc d’essai', description: null })
    .returning({ id: schema.choirs.id });
  const choirId = choir!.id;
  const groups = await tx
    .insert(schema.groups)
    .values(
      Array.from({ length: SITES }, (_, i) => ({
        orgId,
        name: `Site ${i + 1}`,
        kind: 'choir' as const,
      })),
    )
    .returning({ id: schema.groups.id });
  const sites = await tx
    .insert(schema.choirSites)
    .values(
      groups.map((g, i) => ({ orgId, choirId, name: `Site ${i + 1}`, groupId: g.id, position: i })),
    )
    .returning({ id: schema.choirSites.id });
  const parts = await tx
    .insert(schema.choirParts)
    .values(
      standardVoiceParts.map((code, i) => ({
        orgId,
        choirId,
        code,
        name: code,
        position: i,
        minSingers: 18,
      })),
    )
    .returning({ id: schema.choirParts.id });
  const seasonStart = new Date(Date.now() - 9 * 7 * DAY);
  const [season] = await tx
    .insert(schema.choirSeasons)
    .values({
      orgId,
      choirId,
      name: 'Saison de banc d’essai',
      startsOn: seasonStart.toISOString().slice(0, 10),
      endsOn: new Date(seasonStart.getTime() + (WEEKS + 4) * 7 * DAY).toISOString().slice(0, 10),
    })
    .returning({ id: schema.choirSeasons.id });
  const seasonId = season!.id;
  const bands = ageBands.filter((band) => band !== '0-2' && band !== '3-5' && band !== '6-10');
  const people = Array.from({ length: singerCount }, (_, n) => ({
    firstName: `Choriste ${n + 1}`,
    lastName: pick(['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit']),
    ageBand: pick(bands) as AgeBand,
    site: n % SITES,
    part: Math.floor((n * standardVoiceParts.length) / singerCount),
  }));
  const participantRows = await tx
    .insert(schema.participants)
    .values(
      people.map((p) => ({
        orgId,
        groupId: groups[p.site]!.id,
        firstName: p.firstName,
        lastName: p.lastName,
        ageBand: p.ageBand,
        searchName: searchNameOf(p.firstName, p.lastName),
        retainUntil: retainUntilFor(new Date()),
      })),
    )
    .returning({ id: schema.participants.id });
  const members = await tx
    .insert(schema.choirMembers)
    .values(
      people.map((p, n) => ({
        orgId,
        choirId,
        participantId: participantRows[n]!.id,
        siteId: sites[p.site]!.id,
        partId: parts[p.part]!.id,
        contactBy: 'email' as const,
        contactEmail: `choriste-${n}@bench.test`,
      })),
    )
    .returning({ id: schema.choirMembers.id, siteId: schema.choirMembers.siteId });

  // Rehearsals: each site weekly, a tutti every two months' worth of weeks, two concerts.
  const at = (week: number, day: number, hour: number) =>
    new Date(seasonStart.getTime() + (week * 7 + day) * DAY + hour * 3_600_000);
  const calendar = [
    ...Array.from({ length: WEEKS * SITES }, (_, i) => ({
      siteId: sites[i % SITES]!.id,
      kind: 'rehearsal' as const,
      startsAt: at(Math.floor(i / SITES), i % SITES, 19),
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      siteId: null,
      kind: 'rehearsal' as const,
      startsAt: at(i * 2 + 1, 5, 14),
    })),
    { siteId: null, kind: 'concert' as const, startsAt: at(WEEKS, 5, 20) },
    { siteId: null, kind: 'concert' as const, startsAt: at(WEEKS, 6, 16) },
  ];
  const rehearsals = await tx
    .insert(schema.choirRehearsals)
    .values(
      calendar.map((r) => ({
        orgId,
        seasonId,
        siteId: r.siteId,
        kind: r.kind,
        startsAt: r.startsAt,
        endsAt: new Date(r.startsAt.getTime() + 2 * 3_600_000),
      })),
    )
    .returning({
      id: schema.choirRehearsals.id,
      siteId: schema.choirRehearsals.siteId,
      startsAt: schema.choirRehearsals.startsAt,
    });
  const now = Date.now();
  const expected = (siteId: string | null) =>
    members.filter((m) => siteId === null || m.siteId === siteId);
  const marks = rehearsals
    .filter((r) => r.startsAt.getTime() < now)
    .flatMap((r) =>
      expected(r.siteId).flatMap((m) => {
        const mark = (device: string, minutes: number) => ({
          opId: crypto.randomUUID(),
          orgId,
          rehearsalId: r.id,
          memberId: m.id,
          status: pick(['present', 'present', 'present', 'absent', 'excused'] as const),
          deviceId: device,
          recordedAt: new Date(r.startsAt.getTime() + minutes * 60_000),
        });
        // One phone per site; one singer in ten marked again by a second phone.
        const first = mark(`phone-${m.siteId.slice(0, 4)}`, 5);
        return random() < 0.1 ? [first, mark('phone-leader', 20)] : [first];
      }),
    );
  for (let from = 0; from < marks.length; from += 1000) {
    await tx.insert(schema.choirAttendanceMarks).values(marks.slice(from, from + 1000));
  }
  const next = rehearsals.filter((r) => r.startsAt.getTime() >= now).slice(0, 6);
  const rsvps = next.flatMap((r) =>
    expected(r.siteId)
      .filter(() => random() < 0.7)
      .map((m) => ({
        orgId,
        rehearsalId: r.id,
        memberId: m.id,
        answer: pick(['yes', 'yes', 'maybe', 'no'] as const),
      })),
  );
  await tx.insert(schema.choirRsvps).values(rsvps);

  const pieces = await tx
    .insert(schema.choirPieces)
    .values(
      Array.from({ length: PIECES }, (_, i) => ({
        orgId,
        seasonId,
        title: `Pièce ${i + 1}`,
        rights: i % 3 ? ('protected' as const) : ('public_domain' as const),
        position: i,
      })),
    )
    .returning({ id: schema.choirPieces.id });
  const learning = pieces.flatMap((piece) =>
    members
      .filter(() => random() < 0.85)
      .map((m) => ({
        orgId,
        pieceId: piece.id,
        memberId: m.id,
        status: pick(['learning', 'ready_for_check', 'ready', 'ready'] as const),
      })),
  );
  for (let from = 0; from < learning.length; from += 1000) {
    await tx.insert(schema.choirLearning).values(learning.slice(from, from + 1000));
  }
  // Divisi: a few singers take the other half of their section on some pieces.
  const divisi = pieces.flatMap((piece, i) =>
    members
      .filter((_, n) => (n + i) % 23 === 0)
      .map((m, n) => ({ orgId, pieceId: piece.id, memberId: m.id, partId: parts[n % 8]!.id })),
  );
  await tx.insert(schema.choirDivisi).values(divisi);
  // Recordings: one singer in ten per piece, half of them checked.
  const recorded = learning.filter(() => random() < 0.1);
  const files = await tx
    .insert(schema.files)
    .values(
      recorded.map((_, n) => ({
        orgId,
        fileName: `enregistrement-${n}.m4a`,
        mediaType: 'audio/mp4',
        sizeBytes: 1_000_000,
        sha256: `${n}`.padStart(64, '0'),
        storageKey: `bench/choir/${n}`,
        use: 'recording' as const,
      })),
    )
    .returning({ id: schema.files.id });
  await tx.insert(schema.choirRecordings).values(
    recorded.map((l, n) => ({
      orgId,
      pieceId: l.pieceId,
      memberId: l.memberId,
      fileId: files[n]!.id,
      review: n % 2 ? ('approved' as const) : ('pending' as const),
    })),
  );
  return {
    choirId,
    rehearsals: rehearsals.length,
    marks: marks.length,
    rsvps: rsvps.length,
    learning: learning.length,
    recordings: recorded.length,
  };
});
await database.db.execute(sql`analyze`);
console.log(
  `${singerCount} singers, ${SITES} sites, ${written.rehearsals} rehearsals, ${PIECES} pieces × 8 parts; ` +
    `${written.marks} marks, ${written.rsvps} RSVPs, ${written.learning} learning statuses, ` +
    `${written.recordings} recordings: written in ${Math.round(performance.now() - setupStarted)} ms`,
);

async function measure(name: string, work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `${name.padEnd(40)} p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  ` +
      `p99 ${at(0.99).toFixed(1)} ms  max ${times.at(-1)!.toFixed(1)} ms  ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms/call`,
  );
}

const { choirId } = written;
await measure(`readiness (${PIECES} pieces × 8 parts × ${SITES} sites)`, () =>
  readiness({ actor, choirId }),
);
await measure('rehearsals with predicted attendance (10)', () =>
  listRehearsals({ actor, choirId, query: { when: 'upcoming', limit: 10 } }),
);
console.log(
  `${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${runs} runs each, load average ${loadavg()[0]!.toFixed(1)}`,
);
await database.close();
