// A small tour to check plans by hand: two artists and five venues on one meridian (3.5° E), so
// that every distance is a difference of latitudes (see meridianRoadKm), in the week of 7 January 2030.
import { schema } from '@tutti/db';
import { addDays, isoWeekday, nextWeekday } from '@tutti/kit/dates';
import { eq } from 'drizzle-orm';
import { buildArtist, buildProject, buildVenue } from './programme-rows';
import type { buildOrganisation, Client, TestApp } from './test-app';

type Org = Awaited<ReturnType<typeof buildOrganisation>>;
const LONGITUDE = 3.5;
const weekdays = (from: string, to: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: from, endsAt: to }));

/**
 * Anne lives at 47.0° N (weekdays 08:00–18:00, 150 km a day), Bruno at 47.6° N (any day, 60 km
 * a day). Venues at 47.1, 47.15 (afternoons only), 47.5, 47.55 and 47.35° N. Today's plan is poor
 * on purpose: Bruno drives south on Monday, Anne north on Tuesday, the Wednesday session has
 * nobody.
 */
export async function buildSmallTour(t: TestApp, org: Org) {
  const coordinator: Client = org.members.coordinator!;
  const project = await buildProject(t, org.id, { name: 'Tournée du méridien' });
  const at = (latitude: number) => ({ latitude, longitude: LONGITUDE });
  const anne = await buildArtist(
    t,
    org.id,
    {
      displayName: 'Anne',
      skills: ['workshop_singing'],
      ...at(47.0),
      homeCommuneName: 'Sud',
      maxTravelKmPerDay: 150,
    },
    { availability: weekdays('08:00', '18:00') },
  );
  const bruno = await buildArtist(t, org.id, {
    displayName: 'Bruno',
    skills: ['workshop_singing', 'workshop_percussion'],
    ...at(47.6),
    homeCommuneName: 'Nord',
    maxTravelKmPerDay: 60,
  });
  const venue = (name: string, latitude: number, rules = {}) =>
    buildVenue(t, org.id, { name, ...at(latitude) }, rules);
  const v1 = await venue('V1', 47.1);
  const v2 = await venue('V2', 47.15, {
    availability: [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      startsAt: '13:00',
      endsAt: '18:00',
    })),
  });
  const v3 = await venue('V3', 47.5);
  const v4 = await venue('V4', 47.55);
  const v5 = await venue('V5', 47.35);
  const session = async (
    title: string,
    venueId: string,
    startsAtLocal: string,
    artistIds: string[],
  ) => {
    const response = await coordinator.post(`/api/orgs/${org.id}/sessions`, {
      projectId: project.id,
      kind: 'workshop_singing',
      title,
      venueId,
      startsAtLocal,
      durationMin: 60,
      artistIds,
    });
    if (response.status !== 201)
      throw new Error(`session ${title}: ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  };
  const sessions = {
    s1: await session('S1', v1.id, '2030-01-07T10:00', [bruno.id]),
    s2: await session('S2', v2.id, '2030-01-07T14:00', [bruno.id]),
    s3: await session('S3', v3.id, '2030-01-08T10:00', [anne.id]),
    s4: await session('S4', v4.id, '2030-01-08T14:00', [anne.id]),
    s5: await session('S5', v5.id, '2030-01-09T10:00', []),
  };
  return { project, anne, bruno, venues: { v1, v2, v3, v4, v5 }, sessions };
}

/** The request the tests plan the small tour with: each session keeps its date, 09:00–17:00. */
export const smallTourRequest = (projectId: string) => ({
  projectId,
  windowDays: 0,
  hours: { from: '09:00', to: '17:00' },
  timeLimitSec: 1,
  seed: 1,
});

/** Polls a run until it leaves `queued` and `running`. */
export async function waitForRun(client: Client, orgId: string, runId: string, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    const response = await client.get(`/api/orgs/${orgId}/planning/runs/${runId}`);
    const run = response.body as { status: string };
    if (run.status !== 'queued' && run.status !== 'running') return response.body;
    if (Date.now() - started > timeoutMs) throw new Error(`run ${runId} stayed ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A season of `sessions` workshops without artists, at 60 venues, over six weeks of 2030, and eight
 * artists; written straight to the database (a deterministic pseudo-random layout).
 */
export async function buildSeason(t: TestApp, org: Org, sessions: number) {
  const project = await buildProject(t, org.id, { name: 'Saison des villages' });
  let state = 7;
  const random = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const spot = () => ({ latitude: 47 + random() * 0.6, longitude: 3.2 + random() * 0.7 });
  for (let a = 0; a < 8; a++) {
    await buildArtist(t, org.id, {
      displayName: `Artiste ${a + 1}`,
      skills: ['workshop_singing'],
      ...spot(),
      maxTravelKmPerDay: 200,
    });
  }
  const venueIds: string[] = [];
  for (let v = 0; v < 60; v++) venueIds.push((await buildVenue(t, org.id, { ...spot() })).id);
  const rows = Array.from({ length: sessions }, (_, i) => {
    const day = 7 + (Math.floor(i / 10) % 40);
    const written = addDays('2030-01-01', day - 1);
    // Weekends move to the Monday after.
    const date = isoWeekday(written) >= 6 ? nextWeekday(written, 1) : written;
    const hour = i % 2 === 0 ? 9 : 13;
    const startsAt = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
    return {
      orgId: org.id,
      projectId: project.id,
      kind: 'workshop_singing' as const,
      title: `Atelier ${i + 1}`,
      venueId: venueIds[i % venueIds.length]!,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      timeZone: 'Europe/Paris',
    };
  });
  for (let start = 0; start < rows.length; start += 200) {
    await t.database.db.insert(schema.sessions).values(rows.slice(start, start + 200));
  }
  return { project };
}

/**
 * A finished run proposing one change (the session to `artistId` at `startsAt`–`endsAt`), written
 * straight to the database as the planning job would leave it, ready to be accepted.
 */
export async function buildFinishedRun(
  t: TestApp,
  org: Org,
  change: { sessionId: string; artistId: string; startsAt: Date; endsAt: Date },
) {
  const [session] = await t.database.db
    .select()
    .from(schema.sessions)
    .where(eq(schema.sessions.id, change.sessionId));
  const current = await t.database.db
    .select({ id: schema.sessionArtists.artistId })
    .from(schema.sessionArtists)
    .where(eq(schema.sessionArtists.sessionId, change.sessionId));
  const day = session!.startsAt.toISOString().slice(0, 10);
  const [run] = await t.database.db
    .insert(schema.planningRuns)
    .values({
      orgId: org.id,
      projectId: session!.projectId,
      fromDate: day,
      toDate: day,
      status: 'done',
      request: {},
      result: { changes: [{ sessionId: change.sessionId, title: session!.title }] },
      finishedAt: new Date(),
    })
    .returning();
  await t.database.db.insert(schema.planningAssignments).values({
    orgId: org.id,
    runId: run!.id,
    sessionId: change.sessionId,
    sessionVersion: session!.updatedAt,
    currentStartsAt: session!.startsAt,
    currentArtistIds: current.map((a) => a.id),
    artistId: change.artistId,
    startsAt: change.startsAt,
    endsAt: change.endsAt,
  });
  return run!;
}
