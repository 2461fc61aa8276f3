// Trainings of a network: created by a member, trainees enrolled from the network's member
// organisations, the half-day sign-in taken offline through the operation log (exactly once,
// the latest device time winning), and certificates as tagged PDF with hours and half-days.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNetwork, seedNetworkResources } from '../../testing/network-fixtures';
import { readPdf } from '../../testing/pdf-reading';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
type Org = Awaited<ReturnType<typeof buildOrganisation>>;
let centre: Org;
let partner: Org;
let stranger: Org;
let networkId: string;
let base: string;

type Training = {
  halfDays: { key: string; hours: number }[];
  hours: number;
  people: {
    id: string;
    displayName: string;
    role: string;
    organisationName: string | null;
    present: string[];
    hoursAttended: number;
    trained: boolean;
  }[];
  organisations: { orgId: string; name: string }[];
};

const sign = (
  trainingId: string,
  personId: string,
  halfDay: string,
  present: boolean,
  deviceId: string,
  recordedAt: string,
) => ({
  kind: 'trainings.sign',
  opId: randomUUID(),
  deviceId,
  recordedAt,
  trainingId,
  personId,
  halfDay,
  present,
});

const halfDays = [
  { date: '2026-03-10', half: 'afternoon', startsAt: '13:30', endsAt: '17:00' },
  { date: '2026-03-10', half: 'morning', startsAt: '09:00', endsAt: '12:30' },
  { date: '2026-03-11', half: 'morning', startsAt: '09:00', endsAt: '12:00' },
];

beforeAll(async () => {
  t = await startTestApp();
  centre = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay'], 'Centre');
  partner = await buildOrganisation(t, ['admin'], 'Maison Liège');
  stranger = await buildOrganisation(t, ['admin'], 'Hors réseau');
  networkId = (await seedNetworkResources(centre)).networkId;
  await linkNetwork(t, centre, partner, networkId, 'BE');
  base = `/api/orgs/${centre.id}/trainings`;
});
afterAll(() => t.close());

async function createTraining() {
  const created = await centre.members.coordinator.post(base, {
    title: 'Former les relais à l’éveil musical',
    place: 'Maison de la musique, Nevers',
    networkId,
    halfDays,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return (created.body as { id: string }).id;
}

async function enrol(trainingId: string, body: Record<string, unknown>) {
  const response = await centre.members.coordinator.post(`${base}/${trainingId}/people`, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return (response.body as { id: string }).id;
}

describe('trainings', () => {
  it('creates a training offered to the network, its half-days in order, and enrols members', async () => {
    const id = await createTraining();
    const trainer = await enrol(id, { displayName: 'Claire Formatrice', role: 'trainer' });
    const fromPartner = await enrol(id, { displayName: 'Jan Peeters', memberOrgId: partner.id });
    const fromPartnerOutside = await enrol(id, {
      displayName: 'Aïcha Relais',
      organisationName: 'Centre social des Bords de Loire',
    });
    const training = (await centre.members.artist.get(`${base}/${id}`)).body as Training & {
      networkName: string;
    };
    expect(training.halfDays.map((d) => d.key)).toEqual([
      '2026-03-10|morning',
      '2026-03-10|afternoon',
      '2026-03-11|morning',
    ]);
    expect(training.hours).toBe(10);
    expect(training.networkName).toMatch(/^Réseau /);
    expect(training.organisations.map((o) => o.name).sort()).toEqual(['Centre', 'Maison Liège']);
    expect(training.people.map((p) => [p.id, p.role, p.organisationName]).sort()).toEqual(
      [
        [trainer, 'trainer', null],
        [fromPartner, 'trainee', 'Maison Liège'],
        [fromPartnerOutside, 'trainee', 'Centre social des Bords de Loire'],
      ].sort(),
    );
  });

  it('refuses a network the organisation is not in, and a trainee from outside it, naming the field', async () => {
    const foreign = (await seedNetworkResources(stranger)).networkId;
    const refused = await centre.members.coordinator.post(base, {
      title: 'Formation',
      place: 'Nevers',
      networkId: foreign,
      halfDays,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'TRAINING.UNKNOWN_NETWORK', fields: [{ path: 'body.networkId' }] },
    });
    const id = await createTraining();
    const outsider = await centre.members.coordinator.post(`${base}/${id}/people`, {
      displayName: 'Quelqu’un',
      memberOrgId: stranger.id,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body).toMatchObject({
      error: { code: 'TRAINING.UNKNOWN_ORGANISATION', fields: [{ path: 'body.memberOrgId' }] },
    });
    const twice = await centre.members.coordinator.post(base, {
      title: 'Formation',
      place: 'Nevers',
      halfDays: [halfDays[0], halfDays[0]],
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('body.halfDays');
  });

  it('takes the sign-in through the offline log: exactly once, latest device time wins', async () => {
    const id = await createTraining();
    const trainee = await enrol(id, { displayName: 'Jan Peeters', memberOrgId: partner.id });
    const send = (operations: unknown[]) =>
      centre.members.artist.post(`/api/orgs/${centre.id}/offline/operations`, { operations });
    const early = sign(id, trainee, '2026-03-10|morning', false, 'phone-a', '2026-03-10T08:05:00Z');
    const late = sign(id, trainee, '2026-03-10|morning', true, 'phone-b', '2026-03-10T08:10:00Z');
    const afternoon = sign(
      id,
      trainee,
      '2026-03-10|afternoon',
      true,
      'phone-a',
      '2026-03-10T12:35:00Z',
    );
    const first = await send([late, afternoon]);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await send([early, late, afternoon]);
    expect(
      (second.body as { results: { outcome: string }[] }).results.map((r) => r.outcome),
    ).toEqual(['superseded', 'duplicate', 'duplicate']);
    const training = (await centre.members.coordinator.get(`${base}/${id}`)).body as Training;
    const person = training.people.find((p) => p.id === trainee)!;
    expect(person.present.sort()).toEqual(['2026-03-10|afternoon', '2026-03-10|morning']);
    expect(person.hoursAttended).toBe(7);

    const wrongDay = await send([
      sign(id, trainee, '2026-03-12|morning', true, 'phone-a', '2026-03-10T08:10:00Z'),
      sign(id, randomUUID(), '2026-03-10|morning', true, 'phone-a', '2026-03-10T08:10:00Z'),
    ]);
    expect(
      (wrongDay.body as { results: { outcome: string; reason?: string }[] }).results,
    ).toMatchObject([
      { outcome: 'refused', reason: 'TRAINING.HALF_DAY_NOT_FOUND' },
      { outcome: 'refused', reason: 'TRAINING.PERSON_NOT_FOUND' },
    ]);
    const relay = await centre.members.relay.post(`/api/orgs/${centre.id}/offline/operations`, {
      operations: [sign(id, trainee, '2026-03-10|morning', true, 'x', '2026-03-10T08:10:00Z')],
    });
    expect(relay.status).toBe(403);
    const malformed = await send([{ ...late, opId: randomUUID(), halfDay: '2026-03-10|evening' }]);
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('body.operations.0.halfDay');
  });

  it('prints an attendance certificate, and a completion one, as tagged PDF in the language asked', async () => {
    const id = await createTraining();
    const partial = await enrol(id, { displayName: 'Jan Peeters', memberOrgId: partner.id });
    const whole = await enrol(id, { displayName: 'Claire Formatrice', role: 'trainer' });
    const operations = [
      sign(id, partial, '2026-03-10|morning', true, 'phone-a', '2026-03-10T08:05:00Z'),
      ...['2026-03-10|morning', '2026-03-10|afternoon', '2026-03-11|morning'].map((day) =>
        sign(id, whole, day, true, 'phone-a', '2026-03-10T08:05:00Z'),
      ),
    ];
    const sent = await centre.members.coordinator.post(
      `/api/orgs/${centre.id}/offline/operations`,
      {
        operations,
      },
    );
    expect(sent.status).toBe(200);

    const response = await centre.members.coordinator.get(
      `${base}/${id}/people/${partial}/certificate?locale=fr`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const read = await readPdf(response.rawBody);
    expect(read).toMatchObject({ marked: true, language: 'fr', pdfUa: true, fontsEmbedded: true });
    expect(read.text).toContain('Attestation de présence');
    expect(read.text).toContain('Jan Peeters');
    expect(read.text).toContain('Maison Liège');
    expect(read.text).toContain('1 demi-journée sur 3');
    expect(read.text).toContain('3,5 h sur 10 h');

    const german = await centre.members.coordinator.get(
      `${base}/${id}/people/${whole}/certificate?locale=de`,
    );
    const readGerman = await readPdf(german.rawBody);
    expect(readGerman.language).toBe('de');
    expect(readGerman.text).toContain('Abschlussbescheinigung');
    expect(readGerman.text).toContain('3 von 3 Halbtagen');

    const artist = await centre.members.artist.get(`${base}/${id}/people/${whole}/certificate`);
    expect(artist.status).toBe(403);
    const badLocale = await centre.members.coordinator.get(
      `${base}/${id}/people/${whole}/certificate?locale=xx`,
    );
    expect(badLocale.status).toBe(400);
  });

  it('marks a trainee present on every half-day as trained, and links a satisfaction survey', async () => {
    const id = await createTraining();
    const trained = await enrol(id, { displayName: 'Sofia Relais', memberOrgId: partner.id });
    const partial = await enrol(id, { displayName: 'Jan Peeters', memberOrgId: partner.id });
    const trainer = await enrol(id, { displayName: 'Claire Formatrice', role: 'trainer' });
    const days = ['2026-03-10|morning', '2026-03-10|afternoon', '2026-03-11|morning'];
    const operations = [
      ...days.map((day) => sign(id, trained, day, true, 'phone-a', '2026-03-10T08:05:00Z')),
      ...days.map((day) => sign(id, trainer, day, true, 'phone-a', '2026-03-10T08:05:00Z')),
      sign(id, partial, days[0]!, true, 'phone-a', '2026-03-10T08:05:00Z'),
    ];
    const sent = await centre.members.coordinator.post(
      `/api/orgs/${centre.id}/offline/operations`,
      { operations },
    );
    expect(sent.status).toBe(200);
    const training = (await centre.members.coordinator.get(`${base}/${id}`)).body as Training & {
      survey: unknown;
    };
    const trainedOf = (personId: string) => training.people.find((p) => p.id === personId)!.trained;
    expect([trainedOf(trained), trainedOf(partial), trainedOf(trainer)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(training.survey).toBeNull();

    const survey = async (org: Org, beforeAfter: boolean, subject = 'anonymous') => {
      const created = await org.members.admin.post(`/api/orgs/${org.id}/surveys`, {
        title: 'Satisfaction de la formation',
        subject,
        beforeAfter,
        questions: [{ kind: 'scale', label: 'Êtes-vous satisfait de la formation ?' }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return (created.body as { id: string }).id;
    };
    const url = `${base}/${id}/survey`;
    const satisfaction = await survey(centre, false);
    const linked = await centre.members.coordinator.request('PUT', url, { surveyId: satisfaction });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({
      survey: { id: satisfaction, title: 'Satisfaction de la formation', status: 'draft' },
    });
    // A before/after survey, a survey about participants, another organisation's: refused.
    for (const surveyId of [
      await survey(centre, true),
      await survey(centre, false, 'participant'),
      await survey(stranger, false),
    ]) {
      const refused = await centre.members.coordinator.request('PUT', url, { surveyId });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        error: { code: 'TRAINING.UNSUITABLE_SURVEY', fields: [{ path: 'body.surveyId' }] },
      });
    }
    const byArtist = await centre.members.artist.request('PUT', url, { surveyId: null });
    expect(byArtist.status).toBe(403);
    const unlinked = await centre.members.coordinator.request('PUT', url, { surveyId: null });
    expect(unlinked.body).toMatchObject({ survey: null });
  });

  it('keeps another organisation out with 404, and the relay role out with 403', async () => {
    const id = await createTraining();
    expect((await partner.members.admin.get(`${base}/${id}`)).status).toBe(404);
    expect((await stranger.members.admin.get(`${base}`)).status).toBe(404);
    expect((await centre.members.relay.get(`${base}/${id}`)).status).toBe(403);
    const ownList = await partner.members.admin.get(`/api/orgs/${partner.id}/trainings`);
    expect(ownList.body).toMatchObject({ total: 0 });
  });
});
