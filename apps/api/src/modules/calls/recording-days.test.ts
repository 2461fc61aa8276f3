// Supervised recording days: the tour stops near an applicant's commune before the call closes,
// one proposed (recorded, the applicant told by e-mail in their language, shown on their page),
// the refusals, and erasure taking the applicant's commune away.
import { schema } from '@tutti/db';
import { toLocalDateTime } from '@tutti/kit/dates';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicantSession, callBody } from '../../testing/calls-fixtures';
import { buildProgramme } from '../../testing/territories-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;
let applicationId: string;
let sessions: Record<string, string>;
const LORMES = '58145';
const email = 'lou.martin@example.test';
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The fixture's sessions start at 16:00 UTC: the local time in Paris. */
const localStart = (offset: number) =>
  toLocalDateTime(new Date(`${day(offset)}T16:00:00Z`), 'Europe/Paris');

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'juror']);
  const created = await org.members.coordinator.post(`/api/orgs/${org.id}/calls`, callBody());
  const callId = (created.body as { id: string }).id;
  await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
    phase: 'published',
  });
  const [application] = await t.database.db
    .insert(schema.callApplications)
    .values({ orgId: org.id, callId, code: 'REC-001', email, name: 'Lou Martin', locale: 'de' })
    .returning();
  applicationId = application!.id;
  base = `/api/orgs/${org.id}/calls/${callId}/applications/${applicationId}`;
  // Corbigny (about 11 km from Lormes) placed at its commune; Nevers (about 60 km) at its own point.
  const venues = await buildProgramme(
    t,
    org.id,
    [
      { key: 'corbigny', name: 'Salle de Corbigny', communeCode: '58083' },
      { key: 'nevers', name: 'Théâtre de Nevers', communeCode: '58194', lat: 46.99, lon: 3.16 },
    ],
    [
      { kind: 'workshop_singing', date: day(5), venue: 'corbigny' },
      { kind: 'workshop_singing', date: day(2), venue: 'corbigny', status: 'cancelled' },
      { kind: 'workshop_singing', date: day(-3), venue: 'corbigny' },
      { kind: 'workshop_singing', date: day(40), venue: 'corbigny' },
      { kind: 'workshop_writing', date: day(6), venue: 'nevers' },
    ],
  );
  const rows = await t.database.db
    .select({ id: schema.sessions.id, venueId: schema.sessions.venueId })
    .from(schema.sessions)
    .where(and(eq(schema.sessions.orgId, org.id), eq(schema.sessions.status, 'confirmed')));
  sessions = {
    corbigny: rows.find((r) => r.venueId === venues.corbigny)!.id,
    nevers: rows.find((r) => r.venueId === venues.nevers)!.id,
  };
}, 240_000);
afterAll(() => t.close());

type Stops = { commune: { name: string }; items: { sessionId: string; distanceKm: number }[] };

describe('supervised recording days', () => {
  it('lists the tour stops near the commune from now to the closing, by date', async () => {
    const near = await org.members.coordinator.get(`${base}/recording-stops?communeCode=${LORMES}`);
    expect(near.status, JSON.stringify(near.body)).toBe(200);
    const body = near.body as Stops;
    expect(body.commune?.name).toBe('Lormes');
    // Not the cancelled one, not the past one, not the one after the closing, not Nevers.
    expect(body.items.map((s) => s.sessionId)).toEqual([sessions.corbigny]);
    expect(body.items[0]!.distanceKm).toBeLessThan(30);
    const wider = await org.members.coordinator.get(
      `${base}/recording-stops?communeCode=${LORMES}&withinKm=80`,
    );
    expect((wider.body as Stops).items.map((s) => s.sessionId)).toEqual([
      sessions.corbigny,
      sessions.nevers,
    ]);
  });

  it('refuses an unknown commune, a juror and a stop too far, naming the field, and lists nothing without a commune', async () => {
    const unknown = await org.members.coordinator.get(`${base}/recording-stops?communeCode=58999`);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('querystring.communeCode');
    // No commune given and none proposed yet: nothing to list, said by a null commune.
    const missing = await org.members.coordinator.get(`${base}/recording-stops`);
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({ commune: null, items: [], proposed: null });
    const juror = await org.members.juror.get(`${base}/recording-stops?communeCode=${LORMES}`);
    expect(juror.status).toBe(403);
    const far = await org.members.coordinator.request('PUT', `${base}/recording-day`, {
      sessionId: sessions.nevers,
      communeCode: LORMES,
    });
    expect(far.status).toBe(400);
    expect(far.body).toMatchObject({
      error: {
        code: 'CALL.RECORDING_STOP_UNKNOWN',
        fields: [expect.objectContaining({ path: 'body.sessionId' })],
      },
    });
  });

  it('proposes a stop: recorded, the applicant e-mailed in their language, shown on their page', async () => {
    const applicant = await applicantSession(t, org.id, email);
    const proposed = await org.members.coordinator.request('PUT', `${base}/recording-day`, {
      sessionId: sessions.corbigny,
      communeCode: LORMES,
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(proposed.body).toMatchObject({
      sessionId: sessions.corbigny,
      venueName: 'Salle de Corbigny',
      communeCode: LORMES,
      startsAt: localStart(5),
      timeZone: 'Europe/Paris',
    });
    const [mail] = await t.database.db
      .select()
      .from(schema.outboxMessages)
      .where(
        and(
          eq(schema.outboxMessages.orgId, org.id),
          eq(schema.outboxMessages.kind, 'call-recording-day'),
        ),
      );
    expect(mail).toMatchObject({ toAddress: email });
    expect(mail!.subject).toContain('Aufnahmetermin');
    expect(mail!.bodyText).toContain('Salle de Corbigny');
    expect(mail!.bodyText).toContain(localStart(5).slice(11));
    // The stops are listed again near the commune the proposal recorded.
    const again = await org.members.coordinator.get(`${base}/recording-stops`);
    expect((again.body as Stops).commune?.name).toBe('Lormes');

    const own = await applicant.request(
      'GET',
      `/api/guest/applicant/applications/${applicationId}`,
    );
    expect(own.body).toMatchObject({
      recordingDay: { venueName: 'Salle de Corbigny', startsAt: localStart(5) },
    });
    const page = await applicant.request('GET', `/p/_/candidature/${applicationId}?lang=fr`);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('Séance d’enregistrement accompagnée');
    expect(String(page.body)).toContain('Salle de Corbigny');
  });

  it('forgets the applicant’s commune with the application on erasure', async () => {
    await t.database.db
      .update(schema.callApplications)
      .set({ status: 'submitted', submittedAt: new Date() })
      .where(eq(schema.callApplications.id, applicationId));
    const erased = await org.members.admin.post(
      `/api/orgs/${org.id}/call-applications/${applicationId}/erasure`,
      { confirm: true },
    );
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    const left = await t.database.db
      .select()
      .from(schema.callRecordingDays)
      .where(eq(schema.callRecordingDays.applicationId, applicationId));
    expect(left).toEqual([]);
  });
});
