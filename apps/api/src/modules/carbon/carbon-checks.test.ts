// Plausibility checks: an audience from 290 km away is flagged on the project's page with what to
// fix, left out of the headline until a coordinator confirms it (stored, audited), and flagged
// again once it changes; gaps where nothing could be counted are said, never totalled.
import type {
  CarbonConfirmation,
  ImpactIndicators,
  OrganisationFootprint,
  ProjectFootprint,
  ProjectScenarios,
  SessionFootprint,
} from '@tutti/contracts';
import { schema } from '@tutti/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory } from '../../testing/carbon-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;
let projectId: string;
let concertId: string;
let audienceId: string;
let hallId: string;
let orphanSessionId: string;
let lostVenueId: string;
const vitry = { code: '94081', name: 'Vitry-sur-Seine' };
const moulins = { code: '58185', name: 'Moulins-Engilbert' };

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer']);
  base = `/api/orgs/${org.id}`;
  const make = carbonFactory(t, org.id);
  const project = await make.project({ name: 'Éveil musical à Vitry' });
  projectId = project.id;
  const hall = await make.venue('Centre social Balzac', vitry, { lat: 48.7872, lon: 2.3925 });
  hallId = hall.id;
  // A venue of the organisation in Moulins-Engilbert places that commune.
  await make.venue('Salle des fêtes', moulins, { lat: 46.9886, lon: 3.8103 });
  const lost = await make.venue('Lieu sans adresse', { code: '94999', name: 'Inconnue' }, null);
  lostVenueId = lost.id;
  const ana = await make.artist('Ana', { ...vitry, lat: 48.795, lon: 2.4 });
  const audience = await make.group({
    kind: 'audience',
    name: 'Public des concerts de poche',
    listedIndividually: false,
    expectedSize: 120,
    communeCode: moulins.code,
    communeName: moulins.name,
  });
  audienceId = audience.id;
  for (const day of ['03', '10', '17'])
    await make.session({
      projectId,
      venueId: hall.id,
      startsAt: `2026-03-${day}T09:00:00Z`,
      artistIds: [ana.id],
    });
  const concert = await make.session({
    projectId,
    venueId: hall.id,
    kind: 'concert',
    startsAt: '2026-03-25T10:00:00Z',
    artistIds: [ana.id],
    groupIds: [audience.id],
  });
  concertId = concert.id;
  await make.headcount(concert.id, 111, audience.id);
  const orphan = await make.session({
    projectId,
    venueId: lost.id,
    startsAt: '2026-03-31T09:00:00Z',
    artistIds: [ana.id],
  });
  orphanSessionId = orphan.id;
});
afterAll(() => t.close());

const project = async () =>
  (await org.members.coordinator.get(`${base}/projects/${projectId}/carbon`))
    .body as ProjectFootprint;
const flagOf = (footprint: { flags: ProjectFootprint['flags'] }) =>
  footprint.flags.find((flag) => flag.key === `audience:${concertId}:${moulins.code}`)!;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const confirmationUrl = (sessionId: string, key: string) =>
  `${base}/sessions/${sessionId}/carbon/confirmations/${encodeURIComponent(key)}`;

describe('plausibility checks of a footprint', () => {
  it('flags 111 people counted 290 km away with the group to fix, and leaves them out of the headline', async () => {
    const footprint = await project();
    const flag = flagOf(footprint);
    expect(flag).toMatchObject({
      state: 'to-check',
      kind: 'audience',
      checks: ['audience-far', 'dominant-share'],
      session: { id: concertId },
      people: ['Public des concerts de poche'],
      from: 'Moulins-Engilbert',
      to: 'Centre social Balzac',
      confirmed: null,
    });
    expect(flag.distanceKm).toBeGreaterThan(250);
    expect(flag.travellers).toBeCloseTo(111, 6);
    expect(flag.fix).toEqual([
      { kind: 'group', id: audienceId },
      { kind: 'attendance', id: concertId },
      { kind: 'session', id: concertId },
    ]);
    const leftOut = footprint.lines.filter((line) => line.leftOut);
    expect(leftOut.length).toBeGreaterThan(0);
    expect(sum(leftOut.map((l) => l.co2eKg))).toBeCloseTo(flag.co2eKg!, 6);
    const counted = sum(footprint.lines.filter((l) => !l.leftOut).map((l) => l.co2eKg));
    expect(footprint.summary.totalCo2eKg).toBeCloseTo(counted, 6);
    expect(footprint.summary.leftOut).toEqual({ inputs: 1, co2eKg: expect.any(Number) });
    expect(footprint.summary.leftOut.co2eKg).toBeCloseTo(flag.co2eKg!, 6);
    // Per beneficiary divides the headline, never the line left out.
    const { total } = footprint.summary.beneficiaries;
    expect(footprint.summary.perBeneficiaryCo2eKg).toBeCloseTo(counted / total, 9);
  });

  it('shows the same flag and headline on the session, and on the year of the organisation', async () => {
    const whole = await project();
    const session = (await org.members.viewer.get(`${base}/sessions/${concertId}/carbon`))
      .body as SessionFootprint;
    expect(flagOf(session).state).toBe('to-check');
    const concertRow = whole.sessions.find((s) => s.session.id === concertId)!;
    expect(session.summary.totalCo2eKg).toBeCloseTo(concertRow.summary.totalCo2eKg, 9);
    const year = (await org.members.viewer.get(`${base}/carbon/footprint?year=2026`))
      .body as OrganisationFootprint;
    expect(flagOf(year).state).toBe('to-check');
    expect(year.summary.totalCo2eKg).toBeCloseTo(whole.summary.totalCo2eKg, 9);
  });

  it('says what could not be counted, with the venue to fix, and totals none of it', async () => {
    const footprint = await project();
    const gap = footprint.flags.find((flag) => flag.state === 'not-counted')!;
    expect(gap).toMatchObject({
      checks: ['venue-unlocated'],
      session: { id: orphanSessionId },
      sessions: 1,
      fix: [{ kind: 'venue', id: lostVenueId }],
    });
    expect(footprint.summary.notCounted).toBe(1);
    expect(footprint.lines.some((line) => line.sessionId === orphanSessionId)).toBe(false);
  });

  it('refuses a confirmation from a viewer (403) and for an unknown session (404)', async () => {
    const flag = flagOf(await project());
    const body = { fingerprint: flag.fingerprint };
    const url = confirmationUrl(concertId, flag.key);
    expect((await org.members.viewer.request('PUT', url, body)).status).toBe(403);
    const unknown = await org.members.coordinator.request(
      'PUT',
      confirmationUrl('00000000-0000-4000-8000-000000000000', flag.key),
      body,
    );
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: { code: 'CARBON.SESSION_NOT_FOUND' } },
    });
  });

  it('counts a confirmed input in the headline again, says who confirmed it and when, and audits it', async () => {
    const before = await project();
    const flag = flagOf(before);
    const response = await org.members.coordinator.request(
      'PUT',
      confirmationUrl(concertId, flag.key),
      { fingerprint: flag.fingerprint },
    );
    expect(response.status).toBe(200);
    const confirmation = response.body as CarbonConfirmation;
    expect(confirmation.confirmed.by?.id).toBe(org.members.coordinator.userId);
    const after = await project();
    expect(flagOf(after)).toMatchObject({ state: 'confirmed', confirmed: confirmation.confirmed });
    expect(after.lines.some((line) => line.leftOut)).toBe(false);
    expect(after.summary.totalCo2eKg).toBeCloseTo(
      before.summary.totalCo2eKg + before.summary.leftOut.co2eKg,
      6,
    );
    expect(after.summary.leftOut).toEqual({ inputs: 0, co2eKg: 0 });
    const events = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(eq(schema.auditEvents.orgId, org.id), eq(schema.auditEvents.action, 'carbon.confirm')),
      );
    expect(events).toEqual([
      expect.objectContaining({
        actorId: org.members.coordinator.userId,
        subjectKind: 'session',
        subjectId: concertId,
        detail: `confirmed ${flag.fingerprint}`,
      }),
    ]);
  });

  it('flags the input again once it changes: a confirmation vouches for what it saw', async () => {
    // The door count corrected from 111 to 120.
    await t.database.db
      .update(schema.sessionHeadcounts)
      .set({ count: 120 })
      .where(eq(schema.sessionHeadcounts.sessionId, concertId));
    const flag = flagOf(await project());
    expect(flag.state).toBe('to-check');
    expect(flag.travellers).toBeCloseTo(120, 6);
  });

  it('withdraws a confirmation (204), then answers 404 for one that is gone', async () => {
    const flag = flagOf(await project());
    const url = confirmationUrl(concertId, flag.key);
    await org.members.coordinator.request('PUT', url, { fingerprint: flag.fingerprint });
    expect(flagOf(await project()).state).toBe('confirmed');
    const query = url;
    expect((await org.members.coordinator.delete(query)).status).toBe(204);
    expect(flagOf(await project()).state).toBe('to-check');
    expect(await org.members.coordinator.delete(query)).toMatchObject({
      status: 404,
      body: { error: { code: 'CARBON.CONFIRMATION_NOT_FOUND' } },
    });
  });

  it('starts the scenarios from the headline: the input to check is out of the baseline too', async () => {
    const footprint = await project();
    const scenarios = (
      await org.members.coordinator.get(`${base}/projects/${projectId}/carbon/scenarios`)
    ).body as ProjectScenarios;
    expect(scenarios.baseline.totalCo2eKg).toBeCloseTo(footprint.summary.totalCo2eKg, 9);
    expect(hallId).toBeTruthy();
  });

  it('gives Impact the kg CO2e per beneficiary of the Carbon year for the same sessions, headline and all', async () => {
    const year = (await org.members.viewer.get(`${base}/carbon/footprint?year=2026`))
      .body as OrganisationFootprint;
    // Every session of 2026 is held: Impact's period of the same year holds the same sessions.
    expect(year.summary.sessions).toEqual({ held: 5, planned: 0 });
    const url = `${base}/impact/indicators?from=2026-01-01&to=2026-12-31`;
    let impact = (await org.members.viewer.get(url)).body as ImpactIndicators;
    for (let i = 0; i < 100 && impact.carbon.state !== 'current'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      impact = (await org.members.viewer.get(url)).body as ImpactIndicators;
    }
    expect(impact.carbon.totalCo2eKg).toBeCloseTo(year.summary.totalCo2eKg, 1);
    expect(impact.carbon.beneficiaries).toBe(year.summary.beneficiaries.total);
    expect(impact.carbon.perBeneficiaryKg).toBe(
      Math.round(year.summary.perBeneficiaryCo2eKg! * 100) / 100,
    );
    expect(impact.carbon.leftOut?.inputs).toBe(year.summary.leftOut.inputs);
    expect(impact.carbon.notCounted).toBe(year.summary.notCounted);
  });

  it('gives the held sessions alone beside a total that counts planned ones: Impact’s scope', async () => {
    const make = carbonFactory(t, org.id);
    const mixed = await make.project({ name: 'Saison en cours' });
    const hall = await make.venue('Salle', vitry, { lat: 48.7872, lon: 2.3925 });
    const bea = await make.artist('Béa', { ...vitry, lat: 48.9, lon: 2.39 });
    const choir = await make.group({ kind: 'choir', expectedSize: 20, listedIndividually: false });
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const held = await make.session({
      projectId: mixed.id,
      venueId: hall.id,
      startsAt: at(-20),
      artistIds: [bea.id],
      groupIds: [choir.id],
    });
    await make.headcount(held.id, 18, choir.id);
    await make.session({
      projectId: mixed.id,
      venueId: hall.id,
      startsAt: at(20),
      artistIds: [bea.id],
      groupIds: [choir.id],
    });
    const footprint = (await org.members.viewer.get(`${base}/projects/${mixed.id}/carbon`))
      .body as ProjectFootprint;
    expect(footprint.summary.sessions).toEqual({ held: 1, planned: 1 });
    const heldRow = footprint.sessions.find((s) => s.session.id === held.id)!.summary;
    expect(footprint.summary.heldOnly).toEqual({
      totalCo2eKg: heldRow.totalCo2eKg,
      beneficiaries: 18,
      perBeneficiaryCo2eKg: heldRow.perBeneficiaryCo2eKg,
    });
    expect(heldRow.heldOnly).toBeNull();
  });
});
