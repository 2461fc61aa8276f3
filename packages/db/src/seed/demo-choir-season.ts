// The demo choir's season: rehearsals (weekly per site, monthly tutti, a make-up, a cancelled
// evening, two concerts), attendance of those held as phones would have sent it, RSVPs for the
// next ones, the repertoire with divisi, and learning statuses that thin out on later pieces.
import { addDays, datesBetween, isoWeekday, localDateTimeToUtc } from '@tutti/kit/dates';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as schema from '../schema/index';
import type { DemoContext } from './demo';
import {
  DEMO_CHOIR_LYRICS,
  DEMO_CHOIR_PARTS,
  DEMO_CHOIR_PIECES,
  DEMO_CHOIR_SITES,
} from './demo-choir-data';

export type DemoSinger = { id: string; siteIndex: number; partIndex: number; diligence: number };
type Context = {
  db: Db;
  orgId: string;
  seasonId: string;
  members: DemoSinger[];
  random: () => number;
};

const ZONE = 'Europe/Paris';
const at = (day: string, time: string) => localDateTimeToUtc(`${day}T${time}`, ZONE)!;
const minutesLater = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);
/** The school holidays around the new year: no site rehearsal. */
const isHoliday = (day: string) => day.slice(5) >= '12-21' || day.slice(5) <= '01-03';

async function insertChunks(db: Db, table: Parameters<Db['insert']>[0], rows: object[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(table).values(rows.slice(i, i + 1000) as never);
  }
}

type Rehearsal = typeof schema.choirRehearsals.$inferInsert;

export async function seedChoirRehearsals(
  context: Context & {
    sites: { id: string }[];
    seasonStart: string;
    concertDay: string;
    userIds: DemoContext['userIds'];
    now: Date;
  },
) {
  const { db, orgId, seasonId, sites, seasonStart, concertDay, members, random, now } = context;
  const days = datesBetween(seasonStart, addDays(concertDay, -1));
  const rows: Rehearsal[] = [];
  for (const [i, site] of DEMO_CHOIR_SITES.entries()) {
    const startTime = i === 0 ? '19:30' : '19:00';
    const mine = days.filter((d) => isoWeekday(d) === site.weekday);
    const exceptOn = mine.filter(isHoliday);
    const [series] = await db
      .insert(schema.choirRehearsalSeries)
      .values({
        orgId,
        seasonId,
        siteId: sites[i]!.id,
        rule: `FREQ=WEEKLY;BYDAY=${site.day}`,
        startTime,
        durationMin: 120,
        firstOn: seasonStart,
        untilOn: addDays(concertDay, -1),
        exceptOn,
      })
      .returning({ id: schema.choirRehearsalSeries.id });
    for (const d of mine.filter((d) => !isHoliday(d))) {
      const startsAt = at(d, startTime);
      rows.push({
        orgId,
        seasonId,
        seriesId: series!.id,
        siteId: sites[i]!.id,
        startsAt,
        endsAt: minutesLater(startsAt, 120),
      });
    }
  }
  // Tutti on the first Saturday of each month, at Nevers.
  const saturdays = days.filter((d) => isoWeekday(d) === 6 && Number(d.slice(8)) <= 7);
  const [tutti] = await db
    .insert(schema.choirRehearsalSeries)
    .values({
      orgId,
      seasonId,
      siteId: null,
      rule: 'FREQ=MONTHLY;BYDAY=1SA',
      startTime: '14:00',
      durationMin: 180,
      firstOn: seasonStart,
      untilOn: addDays(concertDay, -1),
    })
    .returning({ id: schema.choirRehearsalSeries.id });
  for (const d of saturdays) {
    const startsAt = at(d, '14:00');
    rows.push({
      orgId,
      seasonId,
      seriesId: tutti!.id,
      siteId: null,
      startsAt,
      endsAt: minutesLater(startsAt, 180),
      note: 'Tutti au Théâtre municipal de Nevers',
    });
  }
  const makeUp = at(addDays(concertDay, -9), '10:00');
  rows.push({
    orgId,
    seasonId,
    siteId: sites[2]!.id,
    kind: 'makeup',
    startsAt: makeUp,
    endsAt: minutesLater(makeUp, 120),
    note: 'Rattrapage ténors et basses',
  });
  const concert = at(concertDay, '20:00');
  const second = at(addDays(concertDay, 1), '16:00');
  rows.push(
    {
      orgId,
      seasonId,
      siteId: null,
      kind: 'concert',
      startsAt: concert,
      endsAt: minutesLater(concert, 120),
      note: 'Concert de commémoration — Nevers',
    },
    {
      orgId,
      seasonId,
      siteId: null,
      kind: 'concert',
      startsAt: second,
      endsAt: minutesLater(second, 120),
      note: 'Concert de commémoration — Clamecy',
    },
  );
  // One evening at Clamecy cancelled for snow.
  const clamecy = rows.filter((r) => r.siteId === sites[1]!.id);
  clamecy[Math.floor(clamecy.length / 3)]!.status = 'cancelled';
  const inserted = await db
    .insert(schema.choirRehearsals)
    .values(rows)
    .returning({ id: schema.choirRehearsals.id });
  const marks: (typeof schema.choirAttendanceMarks.$inferInsert)[] = [];
  const rsvps: (typeof schema.choirRsvps.$inferInsert)[] = [];
  const upcoming = rows
    .map((r, i) => ({ ...r, id: inserted[i]!.id }))
    .filter((r) => r.startsAt > now && r.status !== 'cancelled')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  rows.forEach((row, i) => {
    const id = inserted[i]!.id;
    const expected = members.filter(
      (m) => row.siteId === null || sites[m.siteIndex]!.id === row.siteId,
    );
    if (row.endsAt < now && row.status !== 'cancelled' && row.kind !== 'concert') {
      const siteIndex = sites.findIndex((s) => s.id === row.siteId);
      for (const m of expected) {
        const draw = random();
        const status =
          draw < m.diligence
            ? 'present'
            : draw < m.diligence + (1 - m.diligence) / 2
              ? 'excused'
              : 'absent';
        const phone = Math.floor(random() * 2);
        marks.push({
          opId: crypto.randomUUID(),
          orgId,
          rehearsalId: id,
          memberId: m.id,
          status,
          deviceId: `demo-${siteIndex < 0 ? 'tutti' : siteIndex}-${phone}`,
          userId: context.userIds.coordinator,
          recordedAt: minutesLater(row.startsAt, 5 + phone),
        });
      }
    }
  });
  // RSVPs for the next four rehearsals: the closer, the more answers.
  upcoming.slice(0, 4).forEach((row, k) => {
    for (const m of members.filter(
      (m) => row.siteId === null || sites[m.siteIndex]!.id === row.siteId,
    )) {
      if (random() > 0.8 - k * 0.15) continue;
      const draw = random();
      const answer = draw < m.diligence ? 'yes' : draw < m.diligence + 0.1 ? 'maybe' : 'no';
      rsvps.push({ orgId, rehearsalId: row.id, memberId: m.id, answer });
    }
  });
  await insertChunks(db, schema.choirAttendanceMarks, marks);
  await insertChunks(db, schema.choirRsvps, rsvps);
}

export async function seedChoirRepertoire(context: Context & { parts: { id: string }[] }) {
  const { db, orgId, seasonId, members, parts, random } = context;
  const pieces = await db
    .insert(schema.choirPieces)
    .values(
      DEMO_CHOIR_PIECES.map((piece, i) => ({
        orgId,
        seasonId,
        ...piece,
        lyrics: i === 0 ? DEMO_CHOIR_LYRICS : null,
        position: i,
      })),
    )
    .returning({ id: schema.choirPieces.id, title: schema.choirPieces.title });
  // Divisi: on Va, pensiero a few second sopranos sing with the first altos; on In Paradisum a
  // few second altos reinforce the first tenors.
  const divisi = [
    ...members
      .filter((m) => m.partIndex === 1)
      .slice(0, 6)
      .map((m) => ({ piece: 2, member: m, part: 2 })),
    ...members
      .filter((m) => m.partIndex === 3)
      .slice(0, 4)
      .map((m) => ({ piece: 4, member: m, part: 4 })),
  ];
  await db.insert(schema.choirDivisi).values(
    divisi.map((d) => ({
      orgId,
      pieceId: pieces[d.piece]!.id,
      memberId: d.member.id,
      partId: parts[d.part]!.id,
    })),
  );
  const learning: (typeof schema.choirLearning.$inferInsert)[] = [];
  pieces.forEach((piece, i) => {
    for (const m of members) {
      // Later pieces are less advanced; second tenors lag behind (the demo's balance alert).
      const lag = DEMO_CHOIR_PARTS[m.partIndex]!.code === 'T2' ? 0.25 : 0;
      const readiness = m.diligence * (1.05 - i * 0.07) - lag;
      const draw = random();
      if (draw > 0.15 + readiness + 0.4) continue;
      const status =
        draw < readiness ? 'ready' : draw < readiness + 0.15 ? 'ready_for_check' : 'learning';
      learning.push({ orgId, pieceId: piece.id, memberId: m.id, status });
    }
  });
  await insertChunks(db, schema.choirLearning, learning);
  return pieces;
}

/**
 * Printed copies: the choir bought the protected arrangements (the others are printed from the
 * public domain). The first altos hold the Hymne, Nadia also the Chant des partisans with the
 * first tenors; two Ave verum copies came back.
 */
export async function seedChoirScoreLoans(
  context: Context & { pieces: { id: string; title: string }[]; singer: DemoSinger; day: string },
) {
  const { db, orgId, members, pieces, singer, day } = context;
  const piece = (title: string) => pieces.find((p) => p.title === title)!.id;
  const owned: [string, number][] = [
    ['Hymne à la joie', 60],
    ['Le Chant des partisans', 30],
    ['Ave verum corpus', 24],
  ];
  for (const [title, copies] of owned) {
    await db
      .update(schema.choirPieces)
      .set({ scoreCopies: copies })
      .where(eq(schema.choirPieces.id, piece(title)));
  }
  const altos = members.filter((m) => m.partIndex === 2).slice(0, 12);
  const tenors = members.filter((m) => m.partIndex === 4).slice(0, 6);
  const loan = (title: string, m: DemoSinger, daysAgo: number, extra = {}) => ({
    orgId,
    pieceId: piece(title),
    memberId: m.id,
    copies: 1,
    lentOn: addDays(day, -daysAgo),
    ...extra,
  });
  await db
    .insert(schema.choirScoreLoans)
    .values([
      ...altos.map((m, n) =>
        loan(
          'Hymne à la joie',
          m,
          40 - n,
          n === 5
            ? { copies: 2, note: 'Un second exemplaire pour son fils (chœur des jeunes)' }
            : {},
        ),
      ),
      ...[singer, ...tenors].map((m) => loan('Le Chant des partisans', m, 12)),
      ...tenors
        .slice(0, 4)
        .map((m, n) =>
          loan('Ave verum corpus', m, 30, n < 2 ? { returnedOn: addDays(day, -3) } : {}),
        ),
    ]);
}
