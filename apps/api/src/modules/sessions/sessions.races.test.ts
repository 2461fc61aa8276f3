// Writers racing for the same artist slot: whatever the path, at most one of them books it.
import { schema } from '@tutti/db';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFinishedRun } from '../../testing/planning-factory';
import { buildArtist, buildProject, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

const ROUNDS = 12;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let admin: Client;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  coordinator = org.members.coordinator!;
  admin = org.members.admin;
  projectId = (await buildProject(t, org.id)).id;
});
afterAll(() => t.close());

const sessionsUrl = () => `/api/orgs/${org.id}/sessions`;

/** A fresh artist and two halls for one round, so that rounds never see each other's sessions. */
async function roundSetting() {
  const artist = await buildArtist(t, org.id);
  const [hallA, hallB] = [await buildVenue(t, org.id), await buildVenue(t, org.id)];
  return { artist, hallA, hallB };
}

async function createSession(
  client: Client,
  body: { venueId: string; startsAtLocal: string; artistIds: string[] },
) {
  return client.post(sessionsUrl(), {
    projectId,
    kind: 'workshop_singing',
    durationMin: 60,
    ...body,
  });
}

/** Sessions of the artist that overlap another one of theirs (cancelled ones hold nothing). */
async function doubleBookings(artistId: string) {
  const rows = await t.database.db
    .select({
      id: schema.sessions.id,
      startsAt: schema.sessions.startsAt,
      endsAt: schema.sessions.endsAt,
    })
    .from(schema.sessions)
    .innerJoin(schema.sessionArtists, eq(schema.sessionArtists.sessionId, schema.sessions.id))
    .where(
      and(eq(schema.sessionArtists.artistId, artistId), ne(schema.sessions.status, 'cancelled')),
    );
  return rows.filter((a) =>
    rows.some((b) => b.id !== a.id && a.startsAt < b.endsAt && b.startsAt < a.endsAt),
  ).length;
}

/** The statuses of a race, successes first: exactly one writer may win. */
function outcome(responses: { status: number; body: unknown }[]) {
  return responses
    .map((r) => (r.status < 300 ? 'won' : `${r.status} ${errorCode(r.body)}`))
    .sort((a, b) => (a === 'won' ? -1 : b === 'won' ? 1 : a.localeCompare(b)));
}
const errorCode = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

const day = (round: number) => `2031-02-${String(3 + round).padStart(2, '0')}`;

describe('racing writers', () => {
  it('never lets a tour-plan acceptance and a manual creation both book one artist slot', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { artist, hallA, hallB } = await roundSetting();
      const previous = await buildArtist(t, org.id);
      const planned = await createSession(coordinator, {
        venueId: hallA.id,
        startsAtLocal: `${day(round)}T10:00`,
        artistIds: [previous.id],
      });
      expect(planned.status, JSON.stringify(planned.body)).toBe(201);
      const session = planned.body as { id: string; startsAt: string; endsAt: string };
      const run = await buildFinishedRun(t, org, {
        sessionId: session.id,
        artistId: artist.id,
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
      });
      const responses = await Promise.all([
        admin.post(`/api/orgs/${org.id}/planning/runs/${run.id}/accept`, {}),
        createSession(coordinator, {
          venueId: hallB.id,
          startsAtLocal: `${day(round)}T10:30`,
          artistIds: [artist.id],
        }),
      ]);
      const result = outcome(responses);
      expect(['won,409 PLANNING.CONFLICT', 'won,409 SESSION.CONFLICT']).toContain(result.join());
      expect(await doubleBookings(artist.id)).toBe(0);
    }
  });

  it('never lets two manual creations both book one artist slot', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { artist, hallA, hallB } = await roundSetting();
      const responses = await Promise.all([
        createSession(coordinator, {
          venueId: hallA.id,
          startsAtLocal: `${day(round)}T14:00`,
          artistIds: [artist.id],
        }),
        createSession(admin, {
          venueId: hallB.id,
          startsAtLocal: `${day(round)}T14:30`,
          artistIds: [artist.id],
        }),
      ]);
      expect(outcome(responses)).toEqual(['won', '409 SESSION.CONFLICT']);
      expect(await doubleBookings(artist.id)).toBe(0);
    }
  });

  it('never lets a move and a manual creation both book one artist slot', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { artist, hallA, hallB } = await roundSetting();
      const early = await createSession(coordinator, {
        venueId: hallA.id,
        startsAtLocal: `${day(round)}T08:00`,
        artistIds: [artist.id],
      });
      expect(early.status, JSON.stringify(early.body)).toBe(201);
      const sessionId = (early.body as { id: string }).id;
      const responses = await Promise.all([
        admin.post(`${sessionsUrl()}/${sessionId}/move`, {
          startsAtLocal: `${day(round)}T17:00`,
          scope: 'this',
        }),
        createSession(coordinator, {
          venueId: hallB.id,
          startsAtLocal: `${day(round)}T17:30`,
          artistIds: [artist.id],
        }),
      ]);
      expect(outcome(responses)).toEqual(['won', '409 SESSION.CONFLICT']);
      expect(await doubleBookings(artist.id)).toBe(0);
    }
  });
});
