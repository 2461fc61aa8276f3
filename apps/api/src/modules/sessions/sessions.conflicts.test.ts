// Sessions refuse double bookings, capacity, availability and skill problems, unless overridden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipants,
  buildArtist,
  buildGroup,
  buildProject,
  buildVenue,
} from '../../testing/programme-rows';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'viewer']);
  coordinator = org.members.coordinator;
  projectId = (await buildProject(t, org.id, { name: 'Villages en musique' })).id;
});
afterAll(() => t.close());

const url = () => `/api/orgs/${org.id}/sessions`;

function body(overrides: Record<string, unknown>) {
  return {
    projectId,
    kind: 'workshop_singing',
    title: 'Atelier chant',
    startsAtLocal: '2027-03-16T10:00',
    durationMin: 90,
    artistIds: [],
    groupIds: [],
    ...overrides,
  };
}

type ConflictBody = {
  error: {
    code: string;
    fields: { path: string; message: string }[];
    details: { conflicts: { kind: string; key: string; otherSession?: { id: string } }[] };
  };
};

describe('session conflicts', () => {
  it('refuses a session when the artist is already booked, with 409 naming the artist and the other session', async () => {
    const artist = await buildArtist(t, org.id, { displayName: 'Sophie Laurent' });
    const first = await coordinator.post(url(), body({ artistIds: [artist.id] }));
    expect(first.status).toBe(201);
    const second = await coordinator.post(
      url(),
      body({
        title: 'Atelier écriture',
        startsAtLocal: '2027-03-16T11:00',
        artistIds: [artist.id],
      }),
    );
    expect(second.status).toBe(409);
    const error = (second.body as ConflictBody).error;
    expect(error.code).toBe('SESSION.CONFLICT');
    expect(error.fields).toEqual([
      {
        path: 'body.artistIds.0',
        message:
          'Sophie Laurent is already booked for "Atelier chant" (Villages en musique) on 2027-03-16 10:00–11:30 Europe/Paris',
      },
    ]);
    expect(error.details.conflicts[0]).toMatchObject({
      kind: 'artist_double_booked',
      otherSession: { id: (first.body as { id: string }).id },
    });
  });

  it('accepts back-to-back sessions for the same artist (the end is exclusive)', async () => {
    const artist = await buildArtist(t, org.id);
    expect((await coordinator.post(url(), body({ artistIds: [artist.id] }))).status).toBe(201);
    const after = await coordinator.post(
      url(),
      body({ startsAtLocal: '2027-03-16T11:30', artistIds: [artist.id] }),
    );
    expect(after.status).toBe(201);
  });

  it('refuses a venue booked twice, naming the venue and the other session', async () => {
    const venue = await buildVenue(t, org.id, { name: 'Salle des fêtes de Lormes' });
    const first = await coordinator.post(url(), body({ venueId: venue.id }));
    expect(first.status).toBe(201);
    const second = await coordinator.post(
      url(),
      body({ venueId: venue.id, startsAtLocal: '2027-03-16T09:00' }),
    );
    expect(second.status).toBe(409);
    expect((second.body as ConflictBody).error.fields[0]).toEqual({
      path: 'body.venueId',
      message:
        'Salle des fêtes de Lormes is already booked for "Atelier chant" (Villages en musique) on 2027-03-16 10:00–11:30 Europe/Paris',
    });
  });

  it('ignores cancelled sessions when looking for double bookings', async () => {
    const venue = await buildVenue(t, org.id);
    const first = await coordinator.post(url(), body({ venueId: venue.id }));
    const id = (first.body as { id: string }).id;
    await coordinator.post(`${url()}/${id}/cancel`, { reason: 'Neige, routes fermées' });
    expect((await coordinator.post(url(), body({ venueId: venue.id }))).status).toBe(201);
  });

  it('refuses a group taking part in two sessions at once', async () => {
    const group = await buildGroup(t, org.id, { name: 'CM1 de Mme Petit' });
    await coordinator.post(url(), body({ groupIds: [group.id] }));
    const again = await coordinator.post(
      url(),
      body({ startsAtLocal: '2027-03-16T10:30', groupIds: [group.id] }),
    );
    expect(again.status).toBe(409);
    expect((again.body as ConflictBody).error.details.conflicts[0]!.kind).toBe(
      'group_double_booked',
    );
  });

  it('refuses groups larger than the venue, counting listed participants above the expected size', async () => {
    const venue = await buildVenue(t, org.id, { name: 'Petite salle', capacity: 40 });
    const classA = await buildGroup(t, org.id, { name: 'CE2 A', expectedSize: 20 });
    const classB = await buildGroup(t, org.id, { name: 'CE2 B', expectedSize: 18 });
    await addParticipants(t, org.id, classB.id, 22);
    const response = await coordinator.post(
      url(),
      body({
        venueId: venue.id,
        groupIds: [classA.id, classB.id],
        startsAtLocal: '2027-04-01T14:00',
      }),
    );
    expect(response.status).toBe(409);
    const error = (response.body as ConflictBody).error;
    expect(error.fields).toEqual([
      {
        path: 'body.venueId',
        message:
          'The groups bring 42 people (CE2 A: 20, CE2 B: 22) but the venue Petite salle holds 40',
      },
    ]);
  });

  it("refuses groups larger than the session's own capacity when it is the tighter one", async () => {
    const group = await buildGroup(t, org.id, { expectedSize: 30 });
    const response = await coordinator.post(
      url(),
      body({ groupIds: [group.id], capacity: 25, startsAtLocal: '2027-04-02T14:00' }),
    );
    expect(response.status).toBe(409);
    expect((response.body as ConflictBody).error.fields[0]!.path).toBe('body.capacity');
  });

  it('refuses a session outside the venue opening hours and during its blackout dates', async () => {
    const venue = await buildVenue(
      t,
      org.id,
      { name: 'Gymnase Jean Jaurès' },
      {
        availability: [{ weekday: 2, startsAt: '14:00', endsAt: '18:00' }],
        blackouts: [
          { startsOn: '2027-04-12', endsOn: '2027-04-25', reason: 'Vacances de printemps' },
        ],
      },
    );
    const morning = await coordinator.post(
      url(),
      body({ venueId: venue.id, startsAtLocal: '2027-03-23T10:00' }),
    );
    expect(morning.status).toBe(409);
    expect((morning.body as ConflictBody).error.fields[0]).toEqual({
      path: 'body.startsAtLocal',
      message:
        'Gymnase Jean Jaurès: Tuesday 2027-03-23 10:00–11:30 (Europe/Paris) is outside the availability of the venue on that day (14:00–18:00)',
    });
    const holidays = await coordinator.post(
      url(),
      body({ venueId: venue.id, startsAtLocal: '2027-04-13T14:00' }),
    );
    expect((holidays.body as ConflictBody).error.details.conflicts[0]).toMatchObject({
      kind: 'venue_unavailable',
      availability: { code: 'blackout', startsOn: '2027-04-12', note: 'Vacances de printemps' },
    });
    const afternoon = await coordinator.post(
      url(),
      body({ venueId: venue.id, startsAtLocal: '2027-03-23T14:30' }),
    );
    expect(afternoon.status).toBe(201);
  });

  it("refuses an artist outside their availability, on their days off, and without the kind's skill", async () => {
    const artist = await buildArtist(
      t,
      org.id,
      { displayName: 'Malik Diallo', skills: ['workshop_percussion'] },
      {
        availability: [{ weekday: 3, startsAt: '09:00', endsAt: '17:00' }],
        unavailability: [{ startsOn: '2027-05-05', endsOn: '2027-05-07', reason: 'Tournée' }],
      },
    );
    const response = await coordinator.post(
      url(),
      body({ artistIds: [artist.id], startsAtLocal: '2027-05-05T10:00' }),
    );
    expect(response.status).toBe(409);
    const conflicts = (response.body as ConflictBody).error.details.conflicts;
    expect(conflicts.map((c) => c.kind)).toEqual(['artist_unavailable', 'artist_lacks_skill']);
    const fields = (response.body as ConflictBody).error.fields.map((f) => f.message);
    expect(fields).toEqual([
      'Malik Diallo: The artist is unavailable from 2027-05-05 to 2027-05-07 (Tournée)',
      'Malik Diallo does not lead workshop_singing sessions (skills: workshop_percussion)',
    ]);
    const percussion = await coordinator.post(
      url(),
      body({
        kind: 'workshop_percussion',
        artistIds: [artist.id],
        startsAtLocal: '2027-05-12T10:00',
      }),
    );
    expect(percussion.status).toBe(201);
  });
});

describe('simultaneous bookings', () => {
  it('lets only one of two simultaneous bookings of the same artist through, the other is refused with 409', async () => {
    const artist = await buildArtist(t, org.id);
    const [first, second] = await Promise.all([
      coordinator.post(url(), body({ artistIds: [artist.id], startsAtLocal: '2027-09-07T10:00' })),
      coordinator.post(url(), body({ artistIds: [artist.id], startsAtLocal: '2027-09-07T10:30' })),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
  });
});

describe('overriding conflicts', () => {
  it('stores the accepted conflicts with the reason and flags the session in the calendar', async () => {
    const artist = await buildArtist(t, org.id, { displayName: 'Claire Dubois' });
    await coordinator.post(
      url(),
      body({ artistIds: [artist.id], startsAtLocal: '2027-06-08T10:00' }),
    );
    const overridden = await coordinator.post(
      url(),
      body({
        artistIds: [artist.id],
        startsAtLocal: '2027-06-08T11:00',
        override: { reason: 'Deux groupes réunis dans la même salle' },
      }),
    );
    expect(overridden.status).toBe(201);
    const session = overridden.body as {
      id: string;
      override: { conflicts: string[]; reason: string; by: string };
    };
    expect(session.override).toMatchObject({
      reason: 'Deux groupes réunis dans la même salle',
      by: coordinator.userId,
    });
    expect(session.override.conflicts[0]).toMatch(/^artist_double_booked:/);
    const calendar = await coordinator.get(
      `${url()}?from=2027-06-07&to=2027-06-14&artistId=${artist.id}`,
    );
    const items = (calendar.body as { items: { id: string; override: unknown }[] }).items;
    expect(items.map((i) => [i.id === session.id, i.override !== null])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('keeps accepted conflicts on later edits, but refuses a new one', async () => {
    const artist = await buildArtist(t, org.id);
    const venue = await buildVenue(t, org.id);
    await coordinator.post(
      url(),
      body({ artistIds: [artist.id], startsAtLocal: '2027-06-15T10:00' }),
    );
    await coordinator.post(url(), body({ venueId: venue.id, startsAtLocal: '2027-06-15T13:00' }));
    const created = await coordinator.post(
      url(),
      body({
        artistIds: [artist.id],
        startsAtLocal: '2027-06-15T11:00',
        override: { reason: 'Atelier partagé' },
      }),
    );
    const id = (created.body as { id: string }).id;
    const retitled = await coordinator.patch(`${url()}/${id}`, { durationMin: 60 });
    expect(retitled.status).toBe(200);
    const intoVenue = await coordinator.patch(`${url()}/${id}`, {
      venueId: venue.id,
      startsAtLocal: '2027-06-15T12:30',
    });
    expect(intoVenue.status).toBe(409);
    expect((intoVenue.body as ConflictBody).error.details.conflicts.map((c) => c.kind)).toEqual([
      'venue_double_booked',
    ]);
  });

  it('clears the flag when a later edit removes every conflict', async () => {
    const artist = await buildArtist(t, org.id);
    await coordinator.post(
      url(),
      body({ artistIds: [artist.id], startsAtLocal: '2027-06-22T10:00' }),
    );
    const created = await coordinator.post(
      url(),
      body({
        artistIds: [artist.id],
        startsAtLocal: '2027-06-22T10:30',
        override: { reason: 'À confirmer' },
      }),
    );
    const id = (created.body as { id: string }).id;
    const moved = await coordinator.patch(`${url()}/${id}`, { startsAtLocal: '2027-06-22T15:00' });
    expect((moved.body as { override: unknown }).override).toBeNull();
  });
});
