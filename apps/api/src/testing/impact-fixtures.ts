// A small organisation whose indicators are worked out by hand in impact tests, made in the database.
import { randomUUID } from 'node:crypto';
import type { Report, SessionKind } from '@tutti/contracts';
import { schema } from '@tutti/db';
import type { Client, TestApp } from './test-app';

const at = (iso: string) => new Date(iso);
const hours = (start: Date, h: number) => new Date(start.getTime() + h * 3_600_000);

/**
 * Two projects, venues in Cosne-Cours-sur-Loire (58086) and Vitry-sur-Seine (94081); a class of six
 * (one with access needs) and a nursing-home group of five; four held sessions, one
 * cancelled, one planned in two months, one before the period; a concert audience of 40.
 */
export async function buildImpactScene(t: TestApp, orgId: string) {
  const db = t.database.db;
  const [p1, p2] = await db
    .insert(schema.projects)
    .values([
      { orgId, name: 'Parcours chant Morvan', status: 'active' },
      { orgId, name: 'Percussions Vitry', status: 'active' },
    ])
    .returning();
  const [v1, v2] = await db
    .insert(schema.venues)
    .values([
      {
        orgId,
        name: 'Salle des fêtes',
        kind: 'community_hall',
        communeCode: '58086',
        communeName: 'Corbigny',
      },
      {
        orgId,
        name: 'Centre social Balzac',
        kind: 'social_centre',
        communeCode: '94081',
        communeName: 'Vitry-sur-Seine',
      },
    ])
    .returning();
  const [g1, g2] = await db
    .insert(schema.groups)
    .values([
      { orgId, name: 'CE2 Cosne', kind: 'class', ageBand: '6-10', communeCode: '58086' },
      {
        orgId,
        name: 'EHPAD Les Tilleuls',
        kind: 'nursing_home_group',
        ageBand: '65+',
        communeCode: '94081',
      },
    ])
    .returning();
  const person = (groupId: string, firstName: string, ageBand: '6-10' | '65+') => ({
    orgId,
    groupId,
    firstName,
    ageBand,
    searchName: firstName.toLowerCase(),
    retainUntil: '2030-08-31',
  });
  const classNames = ['Léa', 'Hugo', 'Inès', 'Noah', 'Jade', 'Adam'];
  const elderNames = ['Marcel', 'Yvonne', 'Lucien', 'Odette', 'Raymond'];
  const pupils = await db
    .insert(schema.participants)
    .values(classNames.map((name) => person(g1!.id, name, '6-10')))
    .returning();
  const elders = await db
    .insert(schema.participants)
    .values(elderNames.map((name) => person(g2!.id, name, '65+')))
    .returning();
  await db
    .insert(schema.participantAccessNeeds)
    .values({ orgId, participantId: pupils[0]!.id, needs: 'Fauteuil roulant' });

  const session = async (
    projectId: string,
    venueId: string,
    kind: SessionKind,
    startsAt: string,
    durationH: number,
    status: 'confirmed' | 'done' | 'cancelled' | 'planned' = 'done',
  ) => {
    const [row] = await db
      .insert(schema.sessions)
      .values({
        orgId,
        projectId,
        venueId,
        kind,
        startsAt: at(startsAt),
        endsAt: hours(at(startsAt), durationH),
        timeZone: 'Europe/Paris',
        status,
      })
      .returning();
    return row!;
  };
  const s1 = await session(p1!.id, v1!.id, 'workshop_singing', '2026-01-10T10:00:00Z', 2);
  const s2 = await session(p1!.id, v1!.id, 'workshop_singing', '2026-01-17T10:00:00Z', 2);
  const s3 = await session(p2!.id, v2!.id, 'workshop_percussion', '2026-02-05T14:00:00Z', 1.5);
  const s4 = await session(p1!.id, v1!.id, 'concert', '2026-03-01T18:00:00Z', 1.5);
  await session(p2!.id, v2!.id, 'workshop_early_years', '2026-03-10T09:00:00Z', 1, 'cancelled');
  const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString();
  await session(p2!.id, v2!.id, 'concert', inTwoMonths, 1.5, 'planned');
  const before = await session(p1!.id, v1!.id, 'workshop_singing', '2025-06-01T10:00:00Z', 2);

  const marks: (typeof schema.attendanceMarks.$inferInsert)[] = [];
  const mark = (
    sessionId: string,
    participantId: string,
    status: 'present' | 'absent' | 'excused',
  ) => {
    marks.push({
      orgId,
      sessionId,
      participantId,
      status,
      recordedAt: new Date('2026-03-02T00:00:00Z'),
      deviceId: 'test',
      opId: randomUUID(),
    });
  };
  for (const [i, p] of pupils.entries()) mark(s1.id, p.id, i < 5 ? 'present' : 'absent');
  for (const [i, p] of pupils.entries()) {
    mark(s2.id, p.id, i < 4 ? 'present' : i === 4 ? 'absent' : 'excused');
  }
  for (const p of elders) mark(s3.id, p.id, 'present');
  for (const p of pupils) mark(s4.id, p.id, 'present');
  for (const p of pupils) mark(before.id, p.id, 'present');
  await db.insert(schema.attendanceMarks).values(marks);
  await db.insert(schema.sessionHeadcounts).values({
    orgId,
    sessionId: s4.id,
    groupId: null,
    count: 40,
    recordedAt: new Date('2026-03-01T20:00:00Z'),
    deviceId: 'test',
    opId: randomUUID(),
  });
  return { projects: [p1!, p2!], groups: [g1!, g2!], pupils, elders, sessions: { s1, s2, s3, s4 } };
}

/** Polls the report as the web page does, until it is built or failed. */
export async function waitForReport(client: Client, url: string, timeoutMs = 90_000) {
  const started = Date.now();
  for (;;) {
    const report = (await client.get(url)).body as Report;
    if (report.status === 'done' || report.status === 'failed') return report;
    if (Date.now() - started > timeoutMs) throw new Error(`report still ${report.status}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
