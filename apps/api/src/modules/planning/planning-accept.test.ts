// Accepting a plan applies exactly its dates and artists, refuses over later edits, and pins hold.
import type { PlanningResult, PlanningRun } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSmallTour, smallTourRequest, waitForRun } from '../../testing/planning-factory';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let tour: Awaited<ReturnType<typeof buildSmallTour>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  coordinator = org.members.coordinator!;
  tour = await buildSmallTour(t, org);
});
afterAll(() => t.close());

const runs = () => `/api/orgs/${org.id}/planning/runs`;
type Session = {
  id: string;
  local: { date: string; startTime: string };
  artists: { displayName: string }[];
};

async function plan(body: Record<string, unknown> = {}) {
  const started = await coordinator.post(runs(), { ...smallTourRequest(tour.project.id), ...body });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return (await waitForRun(coordinator, org.id, (started.body as PlanningRun).id)) as PlanningRun;
}

async function session(id: string) {
  return (await coordinator.get(`/api/orgs/${org.id}/sessions/${id}`)).body as Session;
}

/** Where the plan puts each session: `date start artist`, or `date artist` without the time. */
function placements(result: PlanningResult, withTime = true) {
  return Object.fromEntries(
    result.itineraries.flatMap((itinerary) =>
      itinerary.days.flatMap((day) =>
        day.stops.map((stop) => [
          stop.sessionId,
          withTime
            ? `${day.date} ${stop.start} ${itinerary.artistName}`
            : `${day.date} ${itinerary.artistName}`,
        ]),
      ),
    ),
  );
}

describe('accepting and re-planning', () => {
  it('keeps a pinned session with its artist and time while planning the others', async () => {
    const run = await plan({ pinnedSessionIds: [tour.sessions.s3] });
    const placed = placements(run.result!);
    expect(placed[tour.sessions.s3]).toBe('2030-01-08 10:00 Anne');
    expect(run.pinnedSessionIds).toEqual([tour.sessions.s3]);
    const s3 = run
      .result!.itineraries.flatMap((i) => i.days.flatMap((d) => d.stops))
      .find((s) => s.title === 'S3');
    expect(s3).toMatchObject({ pinned: true, changed: false });
  });

  it('refuses a session edited after the run with 409, naming it', async () => {
    const run = await plan();
    const edited = await coordinator.patch(`/api/orgs/${org.id}/sessions/${tour.sessions.s2}`, {
      notes: 'La salle ouvre à 13 h 30',
    });
    expect(edited.status).toBe(200);
    const refused = await coordinator.post(`${runs()}/${run.id}/accept`, {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'PLANNING.STALE',
        details: { changed: [{ sessionId: tour.sessions.s2, title: 'S2', what: 'edited' }] },
      },
    });
    expect((await session(tour.sessions.s1)).artists.map((a) => a.displayName)).toEqual(['Bruno']);
  });

  it('applies exactly the planned dates and artists in one go, then refuses a second accept', async () => {
    const run = await plan();
    const accepted = await coordinator.post(`${runs()}/${run.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ runId: run.id, applied: 5 });
    const planned = placements(run.result!);
    for (const id of Object.values(tour.sessions)) {
      const now = await session(id);
      expect(
        `${now.local.date} ${now.local.startTime} ${now.artists.map((a) => a.displayName).join()}`,
      ).toBe(planned[id]);
    }
    const again = await coordinator.post(`${runs()}/${run.id}/accept`, {});
    expect(again.body).toMatchObject({ error: { code: 'PLANNING.ALREADY_ACCEPTED' } });
    expect((await coordinator.get(`${runs()}/${run.id}`)).body).toMatchObject({
      acceptedAt: expect.any(String),
    });
  });

  it('re-plans with a pin, keeping every session with its artist and date', async () => {
    const first = await plan();
    // Today's plan is the accepted one: at most a time changes where two orders drive the same.
    for (const change of first.result!.changes)
      expect(change.to.artists).toEqual(change.from.artists);
    const replanned = await plan({
      replanOf: first.id,
      pinnedSessionIds: [tour.sessions.s5],
      seed: 2,
    });
    expect(replanned.replanOf).toBe(first.id);
    expect(placements(replanned.result!, false)).toEqual(placements(first.result!, false));
    expect(placements(replanned.result!)[tour.sessions.s5]).toBe(
      placements(first.result!)[tour.sessions.s5],
    );
  });

  it('refuses to pin a session the re-planned run did not place, and unknown sessions', async () => {
    const first = await plan();
    const missing = await coordinator.post(runs(), {
      ...smallTourRequest(tour.project.id),
      sessionIds: ['00000000-0000-4000-8000-000000000009'],
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { fields: [{ path: 'body.sessionIds.0' }] } });
    const outside = await coordinator.post(runs(), {
      replanOf: first.id,
      pinnedSessionIds: ['00000000-0000-4000-8000-000000000009'],
    });
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({
      error: { code: 'PLANNING.INVALID', fields: [{ path: 'body.pinnedSessionIds.0' }] },
    });
  });

  it('cancels a run and will not accept it', async () => {
    const started = await coordinator.post(runs(), {
      ...smallTourRequest(tour.project.id),
      timeLimitSec: 30,
    });
    const runId = (started.body as PlanningRun).id;
    const cancelled = await coordinator.post(`${runs()}/${runId}/cancel`, {});
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const finished = (await waitForRun(coordinator, org.id, runId)) as PlanningRun;
    expect(finished.status).toBe('cancelled');
    const refused = await coordinator.post(`${runs()}/${runId}/accept`, {});
    expect(refused.body).toMatchObject({ error: { code: 'PLANNING.NOT_READY' } });
    const twice = await coordinator.post(`${runs()}/${runId}/cancel`, {});
    expect(twice.body).toMatchObject({ error: { code: 'PLANNING.NOT_CANCELLABLE' } });
  });
});
