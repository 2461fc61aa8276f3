// Retention: the date rule on worked examples, and the purge that anonymises expired participants.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildGroup,
  buildParticipant,
  buildSession,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { purgeExpiredParticipants, retainUntilFor } from './participants.retention';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
});
afterAll(() => t.close());

async function participantRow(id: string) {
  const [row] = await t.database.db
    .select()
    .from(schema.participants)
    .where(eq(schema.participants.id, id));
  return row!;
}

describe('retention rule', () => {
  it('keeps a record until 31 August of the year after its school year ends', () => {
    // Enrolled in the 2025-2026 school year (which ends on 31 August 2026): kept a year more.
    expect(retainUntilFor(new Date('2025-09-01T08:00:00Z'))).toBe('2027-08-31');
    expect(retainUntilFor(new Date('2025-10-15T08:00:00Z'))).toBe('2027-08-31');
    expect(retainUntilFor(new Date('2026-03-02T08:00:00Z'))).toBe('2027-08-31');
    expect(retainUntilFor(new Date('2026-08-31T21:00:00Z'))).toBe('2027-08-31');
    // From 1 September, the next school year.
    expect(retainUntilFor(new Date('2026-09-01T00:00:00Z'))).toBe('2028-08-31');
  });
});

describe('retention purge', () => {
  it('anonymises participants past their date, deletes consents and access needs, keeps attendance', async () => {
    const coordinator = org.members.coordinator;
    const group = await buildGroup(coordinator, org.id);
    // Enrolled on 15 October 2025: kept until 31 August 2027.
    const expired = await buildParticipant(coordinator, org.id, group.id, {
      firstName: 'Anaïs',
      lastName: 'Durand',
      communeCode: '94041',
      communeName: 'Ivry-sur-Seine',
      consent: PARTICIPATION_CONSENT,
      accessNeeds: 'Allergie au latex',
    });
    const kept = await buildParticipant(coordinator, org.id, group.id, { firstName: 'Bilal' });
    const db = t.database.db;
    await db
      .update(schema.participants)
      .set({ retainUntil: '2027-08-31' })
      .where(eq(schema.participants.id, expired.id));
    await db
      .update(schema.participants)
      .set({ retainUntil: '2028-08-31' })
      .where(eq(schema.participants.id, kept.id));
    const session = await buildSession(t, org.id, { groupIds: [group.id] });
    await db.insert(schema.attendanceMarks).values({
      orgId: org.id,
      sessionId: session.id,
      participantId: expired.id,
      status: 'present',
      recordedAt: new Date('2026-03-02T09:00:00Z'),
      deviceId: 'test-device',
      opId: crypto.randomUUID(),
    });

    // On its last day the record is still kept...
    expect(await purgeExpiredParticipants({ database: t.database, today: '2027-08-31' })).toEqual({
      anonymised: 0,
    });
    // ...and the next day it is anonymised.
    expect(await purgeExpiredParticipants({ database: t.database, today: '2027-09-01' })).toEqual({
      anonymised: 1,
    });

    const row = await participantRow(expired.id);
    expect(row).toMatchObject({
      firstName: 'Anonyme',
      lastName: null,
      communeCode: null,
      communeName: null,
      searchName: '',
      groupId: group.id,
      ageBand: '6-10',
    });
    expect(row.anonymisedAt).not.toBeNull();
    expect(
      await db
        .select()
        .from(schema.participantConsents)
        .where(eq(schema.participantConsents.participantId, expired.id)),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(schema.participantAccessNeeds)
        .where(eq(schema.participantAccessNeeds.participantId, expired.id)),
    ).toEqual([]);
    const marks = await db
      .select()
      .from(schema.attendanceMarks)
      .where(eq(schema.attendanceMarks.participantId, expired.id));
    expect(marks).toHaveLength(1);
    expect((await participantRow(kept.id)).firstName).toBe('Bilal');

    const search = await coordinator.get(`/api/orgs/${org.id}/participants?q=durand`);
    expect((search.body as { total: number }).total).toBe(0);
    // A second run finds nothing more to do.
    expect(await purgeExpiredParticipants({ database: t.database, today: '2027-09-01' })).toEqual({
      anonymised: 0,
    });
  });
});
