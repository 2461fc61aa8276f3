import { schema } from '@tutti/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGroup, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { sendReconfirmations } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay', 'viewer', 'artist']);
});
afterAll(() => t.close());

const choeurDeClamecy = {
  name: 'Chœur de la Collégiale',
  kind: 'choir',
  description: 'Polyphonies sacrées et profanes, concerts à Noël et en juin.',
  places: [{ communeCode: '58079', communeName: 'Clamecy', label: 'Collégiale Saint-Martin' }],
  rehearsals: [{ rule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '20:00', durationMin: 120 }],
  levels: ['beginner', 'intermediate'],
  auditionRequired: false,
  partsSought: ['tenor', 'bass'],
  genres: ['sacred', 'classical'],
  ageBands: ['18-25', '26-64', '65+'],
  annualFeeCents: 9000,
  solidarityFeeCents: 3000,
  feeNotes: 'Partitions comprises',
  accessibility: { stepFreeAccess: true },
  learningTools: ['learning_tracks', 'scores_provided'],
  contactName: 'Hélène Vasseur',
  contactEmail: 'choeur.collegiale@example.test',
  contactPhone: '+33 3 53 73 00 01',
  website: 'https://choeur-collegiale.example.test',
};

async function createEnsemble(body: Record<string, unknown>) {
  const response = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; publicCode: string };
}

const monthsAgo = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};

describe('the directory of ensembles', () => {
  it('lists an ensemble with its place at the commune’s centre, confirmed today, and reads it back', async () => {
    const created = await createEnsemble(choeurDeClamecy);
    const detail = await org.members.relay.get(`/api/orgs/${org.id}/ensembles/${created.id}`);
    expect(detail.status).toBe(200);
    const body = detail.body as Record<string, unknown> & {
      places: { latitude: number; longitude: number; communeName: string }[];
    };
    expect(body).toMatchObject({
      name: 'Chœur de la Collégiale',
      status: 'published',
      source: 'organisation',
      confirmation: 'current',
      communeNames: ['Clamecy'],
      contactPhone: '+33353730001',
      partsSought: ['tenor', 'bass'],
    });
    expect(body.places[0]!.latitude).toBeCloseTo(47.46, 1);
    expect(body.places[0]!.longitude).toBeCloseTo(3.5, 1);
    expect(created.publicCode).toMatch(/^[a-z0-9]{8}$/);
  });

  it('takes a venue of the organisation as a place, with its position', async () => {
    const venue = await buildVenue(t, org.id, {
      name: 'Salle des fêtes de Tannay',
      communeCode: '58286',
      communeName: 'Tannay',
      latitude: 47.3597,
      longitude: 3.5919,
    });
    const created = await createEnsemble({
      name: 'Chorale À travers chants',
      kind: 'choir',
      places: [{ venueId: venue.id }],
    });
    const detail = await org.members.coordinator.get(`/api/orgs/${org.id}/ensembles/${created.id}`);
    expect((detail.body as { places: unknown[] }).places).toEqual([
      expect.objectContaining({
        venueId: venue.id,
        label: 'Salle des fêtes de Tannay',
        communeName: 'Tannay',
        latitude: 47.3597,
        longitude: 3.5919,
      }),
    ]);
  });

  it('refuses a rule that is not a weekly or monthly pattern, naming the rehearsal', async () => {
    const response = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, {
      ...choeurDeClamecy,
      rehearsals: [
        { rule: 'FREQ=WEEKLY;BYDAY=TU', startTime: '20:00', durationMin: 90 },
        { rule: 'FREQ=DAILY', startTime: '20:00', durationMin: 90 },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        code: 'ENSEMBLE.INVALID_RULE',
        fields: [{ path: 'body.rehearsals.1.rule' }],
      },
    });
  });

  it('refuses an unknown commune or another organisation’s venue, naming the place', async () => {
    const unknown = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, {
      ...choeurDeClamecy,
      places: [{ communeCode: '58999', communeName: 'Nulle part' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: { code: 'ENSEMBLE.UNKNOWN_COMMUNE', fields: [{ path: 'body.places.0.communeCode' }] },
    });
    const other = await buildOrganisation(t, ['admin'], 'Autre association');
    const foreign = await buildVenue(t, other.id);
    const stranger = await org.members.coordinator.post(`/api/orgs/${org.id}/ensembles`, {
      ...choeurDeClamecy,
      places: [{ communeCode: '58079', communeName: 'Clamecy' }, { venueId: foreign.id }],
    });
    expect(stranger.body).toMatchObject({
      error: { code: 'ENSEMBLE.UNKNOWN_VENUE', fields: [{ path: 'body.places.1.venueId' }] },
    });
  });

  it('lets relays and viewers read but only admins and coordinators write', async () => {
    for (const role of ['relay', 'viewer', 'artist'] as const) {
      const response = await org.members[role].post(
        `/api/orgs/${org.id}/ensembles`,
        choeurDeClamecy,
      );
      expect(response.status, role).toBe(403);
    }
    expect((await org.members.artist.get(`/api/orgs/${org.id}/ensembles`)).status).toBe(403);
    expect((await org.members.viewer.get(`/api/orgs/${org.id}/ensembles`)).status).toBe(200);
  });

  it('edits a listing, replacing its places, and finds it by its commune', async () => {
    const created = await createEnsemble({
      ...choeurDeClamecy,
      name: 'Fanfare des Bords de l’Yonne',
    });
    const edited = await org.members.coordinator.patch(
      `/api/orgs/${org.id}/ensembles/${created.id}`,
      { kind: 'band', places: [{ communeCode: '58083', communeName: 'Corbigny' }] },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ kind: 'band', communeNames: ['Corbigny'] });
    const found = await org.members.coordinator.get(`/api/orgs/${org.id}/ensembles?q=corbigny`);
    expect((found.body as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
      created.id,
    ]);
  });

  it('says a listing is due at 6 months and hidden at 12, and filters by it', async () => {
    const due = await createEnsemble({ ...choeurDeClamecy, name: 'Ensemble à reconfirmer' });
    const hidden = await createEnsemble({ ...choeurDeClamecy, name: 'Ensemble oublié' });
    await t.database.db
      .update(schema.ensembles)
      .set({ lastConfirmedAt: monthsAgo(7) })
      .where(eq(schema.ensembles.id, due.id));
    await t.database.db
      .update(schema.ensembles)
      .set({ lastConfirmedAt: monthsAgo(13) })
      .where(eq(schema.ensembles.id, hidden.id));
    const list = async (state: string) =>
      (
        (await org.members.coordinator.get(`/api/orgs/${org.id}/ensembles?confirmation=${state}`))
          .body as { items: { id: string; confirmation: string }[] }
      ).items;
    expect((await list('due')).map((i) => i.id)).toEqual([due.id]);
    expect((await list('hidden')).map((i) => [i.id, i.confirmation])).toEqual([
      [hidden.id, 'hidden'],
    ]);
    const confirmed = await org.members.coordinator.post(
      `/api/orgs/${org.id}/ensembles/${hidden.id}/confirmation`,
    );
    expect(confirmed.body).toMatchObject({ confirmation: 'current' });
  });

  it('sends one re-confirmation e-mail at 6 months and a last call at 11, through the outbox', async () => {
    const own = await buildOrganisation(t, ['admin'], 'Association du rappel');
    const [row] = await t.database.db
      .insert(schema.ensembles)
      .values({
        orgId: own.id,
        publicCode: 'rappel01',
        name: 'Harmonie de Prémery',
        kind: 'harmony',
        status: 'published',
        source: 'organisation',
        contactEmail: 'harmonie@example.test',
        lastConfirmedAt: monthsAgo(7),
      })
      .returning();
    const outbox = () =>
      t.database.db
        .select()
        .from(schema.outboxMessages)
        .where(
          and(
            eq(schema.outboxMessages.orgId, own.id),
            eq(schema.outboxMessages.kind, 'directory-reconfirm'),
          ),
        );
    const send = (now?: Date) =>
      sendReconfirmations({
        database: t.database,
        publicUrl: 'https://tutti.example.test',
        smtpConfigured: false,
        ...(now ? { now } : {}),
      });
    await send();
    await send();
    const [first, ...others] = await outbox();
    expect(others).toHaveLength(0);
    expect(first).toMatchObject({ toAddress: 'harmonie@example.test', status: 'kept' });
    expect(first!.bodyText).toMatch(
      /https:\/\/tutti\.example\.test\/p\/_\/ensemble\/confirmer\/[A-Za-z0-9_-]{43}/,
    );
    const inFiveMonths = new Date();
    inFiveMonths.setUTCMonth(inFiveMonths.getUTCMonth() + 5);
    await send(inFiveMonths);
    const messages = await outbox();
    expect(messages).toHaveLength(2);
    expect(messages.map((m) => m.subject)).toContain(
      'Dernier rappel\u00a0: «\u00a0Harmonie de Prémery\u00a0» quitte l’annuaire dans un mois',
    );
    expect(row!.id).toBeDefined();
    // An English-speaking listing is asked in English, and its link opens the page in English.
    await t.database.db.insert(schema.ensembles).values({
      orgId: own.id,
      publicCode: 'rappel02',
      name: 'Morvan English Singers',
      kind: 'choir',
      status: 'published',
      source: 'organisation',
      contactEmail: 'singers@example.test',
      language: 'en',
      lastConfirmedAt: monthsAgo(7),
    });
    await send();
    const english = (await outbox()).find((m) => m.toAddress === 'singers@example.test');
    expect(english!.subject).toBe('“Morvan English Singers”: is your information up to date?');
    expect(english!.bodyText).toMatch(/^Hello/);
    const link = /\/p\/_\/ensemble\/confirmer\/[A-Za-z0-9_-]{43}\?lang=en/.exec(english!.bodyText);
    const page = await t.app.inject({ method: 'GET', url: link![0] });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('lang="en"');
  });

  it('publishes a proposal once a coordinator approves it, and refuses a second approval', async () => {
    const [row] = await t.database.db
      .insert(schema.ensembles)
      .values({
        orgId: org.id,
        publicCode: 'propos01',
        name: 'Les Chanteurs du Val de Loire',
        kind: 'choir',
        status: 'pending',
        source: 'proposal',
      })
      .returning();
    const pending = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensembles?status=pending`,
    );
    expect((pending.body as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([row!.id]);
    const approved = await org.members.coordinator.post(
      `/api/orgs/${org.id}/ensembles/${row!.id}/approval`,
    );
    expect(approved.body).toMatchObject({ status: 'published', confirmation: 'current' });
    const again = await org.members.coordinator.post(
      `/api/orgs/${org.id}/ensembles/${row!.id}/approval`,
    );
    expect(again.status).toBe(409);
  });
});

describe('matching', () => {
  let matcher: Awaited<ReturnType<typeof buildOrganisation>>;
  beforeAll(async () => {
    matcher = await buildOrganisation(t, ['coordinator', 'relay'], 'Réseau des villages');
    const list = (body: Record<string, unknown>) =>
      matcher.members.coordinator.post(`/api/orgs/${matcher.id}/ensembles`, body);
    const weekly = (day: string) => [
      { rule: `FREQ=WEEKLY;BYDAY=${day}`, startTime: '20:00', durationMin: 120 },
    ];
    for (const body of [
      {
        name: 'Chœur de Clamecy',
        kind: 'choir',
        places: [{ communeCode: '58079', communeName: 'Clamecy' }],
        rehearsals: weekly('TU'),
        genres: ['sacred'],
      },
      {
        name: 'Chorale de Tannay',
        kind: 'choir',
        places: [{ communeCode: '58286', communeName: 'Tannay' }],
        rehearsals: weekly('WE'),
        genres: ['chanson'],
        partsSought: ['tenor'],
      },
      {
        name: 'Orchestre de Nevers',
        kind: 'orchestra',
        places: [{ communeCode: '58194', communeName: 'Nevers' }],
        rehearsals: weekly('MO'),
        auditionRequired: true,
      },
      {
        name: 'Chœur d’enfants de Nevers',
        kind: 'choir',
        places: [{ communeCode: '58194', communeName: 'Nevers' }],
        rehearsals: weekly('WE'),
        ageBands: ['6-10', '11-14'],
      },
    ]) {
      const response = await list(body);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
  });

  const match = (query: string) =>
    matcher.members.coordinator.get(
      `/api/orgs/${matcher.id}/ensemble-matches/${query.replace(/^communeCode=(\w+)&?/, '$1?')}`,
    );

  it('finds the two choirs within a rural radius of Lormes, the better fit first', async () => {
    const response = await match('communeCode=58145&kinds=choir&ageBand=26-64&part=tenor');
    expect(response.status).toBe(200);
    const result = response.body as {
      radius: { km: number; area: string; basis: string };
      travel: { kind: string };
      matches: {
        ensemble: { name: string };
        distanceKm: number;
        travelMin: number;
        reasons: string[];
      }[];
    };
    expect(result.radius).toEqual({
      km: 60,
      area: 'rural',
      densityClass: null,
      basis: 'population',
    });
    expect(result.travel.kind).toBe('estimate');
    expect(result.matches.map((m) => m.ensemble.name)).toEqual([
      'Chorale de Tannay',
      'Chœur de Clamecy',
    ]);
    expect(result.matches[0]!.reasons).toContain('part');
    expect(result.matches[0]!.distanceKm).toBeGreaterThan(15);
    expect(result.matches[0]!.travelMin).toBeGreaterThan(result.matches[0]!.distanceKm);
  });

  it('leaves out what the person cannot attend: other days, ages, auditions for beginners', async () => {
    const tuesdays = await match('communeCode=58145&days=TU,SA');
    expect(
      (tuesdays.body as { matches: { ensemble: { name: string } }[] }).matches.map(
        (m) => m.ensemble.name,
      ),
    ).toEqual(['Chœur de Clamecy']);
    const child = await match('communeCode=58194&ageBand=6-10&kinds=choir');
    expect(
      (child.body as { matches: { ensemble: { name: string } }[] }).matches.map(
        (m) => m.ensemble.name,
      ),
    ).toEqual(['Chœur d’enfants de Nevers']);
    const beginner = await match('communeCode=58194&beginner=true&kinds=orchestra');
    expect((beginner.body as { matches: unknown[] }).matches).toEqual([]);
  });

  it('says nothing is within reach of Luzy and names the nearest beyond the radius', async () => {
    const response = await match('communeCode=58149&kinds=choir');
    const result = response.body as {
      matches: unknown[];
      nearestBeyond: { ensemble: { name: string }; distanceKm: number } | null;
    };
    expect(result.matches).toEqual([]);
    expect(result.nearestBeyond?.ensemble.name).toBe('Chœur d’enfants de Nevers');
    expect(result.nearestBeyond!.distanceKm).toBeGreaterThan(60);
  });

  it('matches a group from its commune (listings without ages take every age), within a relay’s own groups only', async () => {
    const group = await buildGroup(t, matcher.id, {
      name: 'CM1 de Lormes',
      communeCode: '58145',
      communeName: 'Lormes',
      ageBand: '6-10',
    });
    const forGroup = await matcher.members.coordinator.get(
      `/api/orgs/${matcher.id}/groups/${group.id}/ensemble-matches`,
    );
    expect(forGroup.status).toBe(200);
    expect(
      (forGroup.body as { matches: { ensemble: { name: string } }[] }).matches.map(
        (m) => m.ensemble.name,
      ),
    ).toEqual(['Chorale de Tannay', 'Chœur de Clamecy']);
    const relay = await matcher.members.relay.get(
      `/api/orgs/${matcher.id}/groups/${group.id}/ensemble-matches`,
    );
    expect(relay.status).toBe(404);
    const noCommune = await buildGroup(t, matcher.id, { name: 'Sans commune' });
    const refused = await matcher.members.coordinator.get(
      `/api/orgs/${matcher.id}/groups/${noCommune.id}/ensemble-matches`,
    );
    expect(refused.status).toBe(409);
  });

  it('refuses an unknown commune, naming the query field', async () => {
    const response = await match('communeCode=58999');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { fields: [{ path: 'params.communeCode' }] },
    });
  });
});
