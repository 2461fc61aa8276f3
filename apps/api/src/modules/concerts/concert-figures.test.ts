// After the concert: seats booked and let in per channel, tariff and relay, no-shows, amounts
// and money received, the workshops' participants marked at the concert; the same summed and
// suppressed on the impact page; and the SACEM declaration to download.
import type { ConcertFigures, ImpactIndicators } from '@tutti/contracts';
import { newOrderSecret, schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttendanceScene } from '../../testing/attendance-setup';
import {
  buildDoorScene,
  checkInOp,
  sendDoorOperations,
  walkInOp,
} from '../../testing/door-fixtures';
import { buildSession } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let concertId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'viewer', 'relay']);
  const db = t.database.db;
  const orgId = org.id;
  const scene = await buildDoorScene(t, org, { orders: [4, 2] });
  concertId = scene.concert.id;
  const [full] = await db
    .select()
    .from(schema.concertTariffs)
    .where(eq(schema.concertTariffs.sessionId, concertId));
  const [free] = await db
    .insert(schema.concertTariffs)
    .values({ orgId, sessionId: concertId, kind: 'free', priceCents: 0, position: 1 })
    .returning();
  const order = async (
    seats: number,
    lines: [string, number, number][],
    extra: Partial<typeof schema.concertOrders.$inferInsert> = {},
  ) => {
    const [row] = await db
      .insert(schema.concertOrders)
      .values({ orgId, sessionId: concertId, secret: newOrderSecret(), name: 'X', seats, ...extra })
      .returning();
    for (const [tariffId, quantity, unitPriceCents] of lines)
      await db
        .insert(schema.concertOrderLines)
        .values({ orgId, orderId: row!.id, tariffId, quantity, unitPriceCents });
    return row!;
  };
  const mixed = await order(4, [
    [full!.id, 2, 800],
    [free!.id, 2, 0],
  ]);
  const [partner] = await db
    .insert(schema.partners)
    .values({ orgId, name: 'Centre social Balzac', type: 'social_centre' })
    .returning();
  const [allocation] = await db
    .insert(schema.concertRelayAllocations)
    .values({ orgId, sessionId: concertId, partnerId: partner!.id, seats: 6, releaseDaysBefore: 2 })
    .returning();
  const guest = await order(2, [[free!.id, 2, 0]], {
    channel: 'relay',
    allocationId: allocation!.id,
  });
  const absent = await order(2, [[free!.id, 2, 0]], {
    channel: 'relay',
    allocationId: allocation!.id,
  });
  const group = await order(10, [[free!.id, 10, 0]]);
  await db.insert(schema.concertGroupOrders).values({
    orderId: group.id,
    orgId,
    establishmentKind: 'school',
    establishmentName: 'École Jean-Moulin',
    children: 8,
    adults: 2,
    confirmSecret: newOrderSecret(),
    holdExpiresAt: new Date(),
    confirmedAt: new Date(),
  });
  await order(3, [[full!.id, 3, 800]], { status: 'cancelled', cancelledAt: new Date() });
  const [family, pair] = scene.orders;
  await db.insert(schema.concertPayments).values([
    { orgId, orderId: family!.id, method: 'cash', amountCents: 3200 },
    { orgId, orderId: mixed.id, method: 'helloasso', amountCents: 1600, externalId: 'ha-1' },
  ]);
  await sendDoorOperations(org.members.coordinator!, orgId, [
    checkInOp(concertId, family!.id, 4),
    checkInOp(concertId, pair!.id, 1),
    checkInOp(concertId, mixed.id, 2),
    checkInOp(concertId, guest.id, 2),
    checkInOp(concertId, group.id, 8),
    walkInOp(concertId, 3),
  ]);
  void absent;

  // The journey: a workshop a week before, 6 participants present; 4 of them marked at the concert.
  const workshop = await buildAttendanceScene(t, org, {
    participants: 6,
    startsAt: new Date(Date.now() - 7 * 86_400_000),
  });
  const [journey] = await db
    .insert(schema.journeys)
    .values({
      orgId,
      projectId: workshop.session.projectId,
      groupId: workshop.listed.id,
      name: 'Parcours',
      startsOn: '2026-09-01',
    })
    .returning();
  await db
    .update(schema.sessions)
    .set({ journeyId: journey!.id })
    .where(eq(schema.sessions.id, workshop.session.id));
  await db
    .update(schema.sessions)
    .set({ journeyId: journey!.id })
    .where(eq(schema.sessions.id, concertId));
  const mark = (sessionId: string, participantId: string, status: 'present' | 'absent') => ({
    orgId,
    sessionId,
    participantId,
    status,
    recordedAt: new Date(),
    deviceId: 'test',
    opId: crypto.randomUUID(),
  });
  await db
    .insert(schema.attendanceMarks)
    .values([
      ...workshop.people.map((p) => mark(workshop.session.id, p.id, 'present')),
      ...workshop.people.slice(0, 4).map((p) => mark(concertId, p.id, 'present')),
      mark(concertId, workshop.people[4]!.id, 'absent'),
    ]);
  // A concert not held yet counts nowhere in the impact figures.
  await buildSession(t, orgId, {
    kind: 'concert',
    startsAt: new Date(Date.now() + 30 * 86_400_000),
  });
});
afterAll(() => t.close());

describe("a concert's figures", () => {
  it('counts seats per channel, tariff and relay, no-shows, amounts, receipts and the workshops at the concert', async () => {
    const response = await org.members.coordinator!.get(
      `/api/orgs/${org.id}/sessions/${concertId}/figures`,
    );
    expect(response.status).toBe(200);
    const figures = response.body as ConcertFigures;
    expect(figures).toMatchObject({ held: true, doorUsed: true, presentUnattributed: 2 });
    expect(figures.byChannel).toEqual([
      { channel: 'public', booked: 10, present: 7, noShowRate: 0.3 },
      { channel: 'relay', booked: 4, present: 2, noShowRate: 0.5 },
      { channel: 'group', booked: 10, present: 8, noShowRate: 0.2 },
      { channel: 'door', booked: 0, present: 3, noShowRate: null },
    ]);
    expect(
      figures.byTariff.map(({ kind, booked, present, amountCents }) => [
        kind,
        booked,
        present,
        amountCents,
      ]),
    ).toEqual([
      ['full', 8, 5, 6400],
      ['free', 16, 10, 0],
    ]);
    expect(figures.byRelay).toEqual([
      expect.objectContaining({
        partnerName: 'Centre social Balzac',
        booked: 4,
        present: 2,
        noShowRate: 0.5,
      }),
    ]);
    expect(figures.receipts).toEqual({
      receivedCents: 4800,
      byMethod: [
        { method: 'cash', amountCents: 3200 },
        { method: 'helloasso', amountCents: 1600 },
      ],
    });
    expect(figures.workshops).toEqual({ participants: 6, cameToConcert: 4, rate: 0.6667 });
  });

  it('gives the figures to organisers only (403 for viewers and artists, 404 for another organisation)', async () => {
    const url = `/api/orgs/${org.id}/sessions/${concertId}/figures`;
    expect((await org.members.viewer!.get(url)).status).toBe(403);
    expect((await org.members.artist!.get(url)).status).toBe(403);
    const other = await buildOrganisation(t, ['coordinator']);
    const foreign = await other.members.coordinator!.get(
      `/api/orgs/${other.id}/sessions/${concertId}/figures`,
    );
    expect(foreign.status).toBe(404);
  });

  it('adds them up on the impact page, small counts suppressed', async () => {
    const response = await org.members.viewer!.get(`/api/orgs/${org.id}/impact/indicators`);
    expect(response.status).toBe(200);
    const { concertFigures } = response.body as ImpactIndicators;
    expect(concertFigures).toMatchObject({ held: 1, doorUsed: 1, receivedCents: 4800 });
    // The relays' 4 seats booked are hidden, so one more booked cell is masked (10 + ? + 10 = 24).
    expect(concertFigures.byChannel[0]).toEqual({
      channel: 'public',
      booked: 'masked',
      present: 7,
      noShowRate: 0.3,
    });
    expect(concertFigures.byChannel[1]).toMatchObject({
      booked: '< 5',
      present: '< 5',
      noShowRate: 'masked',
    });
    expect(concertFigures.workshops).toEqual({
      concerts: 1,
      participants: 6,
      cameToConcert: '< 5',
      rate: 'masked',
    });
    expect(JSON.stringify(concertFigures)).not.toMatch(/"(booked|present)":[1-4][,}]/);
  });
});

describe('the SACEM declaration', () => {
  it('downloads as XLSX with the concert, admissions, receipts per tariff and channels, and as CSV', async () => {
    const url = `/api/orgs/${org.id}/sessions/${concertId}/sacem-declaration`;
    const xlsx = await org.members.coordinator!.get(`${url}?format=xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawBody as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Déclaration',
      'Recettes par tarif',
      'Fréquentation',
    ]);
    const summary = workbook.worksheets[0]!;
    const value = (label: string) =>
      summary.getSheetValues().find((row) => Array.isArray(row) && row[1] === label)?.[2 as never];
    expect(value('Entrées payantes')).toBe(5);
    expect(value('Entrées gratuites (tarif gratuit et places offertes)')).toBe(12);
    expect(value('Entrées sans billet')).toBe(3);
    expect(value('Billetterie : montant des places vendues (€)')).toBe(64);
    expect(value('Encaissé (€)')).toBe(48);
    const tariffs = workbook.worksheets[1]!.getRow(2).values as unknown[];
    expect(tariffs.slice(1)).toEqual(['Plein tarif', 8, 8, 5, 64]);
    const csv = await org.members.coordinator!.get(url);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain('declaration-sacem-');
    expect(String(csv.body)).toContain('Programme des œuvres');
    expect((await org.members.viewer!.get(url)).status).toBe(403);
  });
});
