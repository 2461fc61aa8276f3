// A plan that moves only what it must: the artists' lunch break, dates agreed with partners kept
// unless freed ("change as little as possible" on by default then), and the comparison with the
// current plan made on the same sessions.

import type { PlanningCandidates, PlanningResult, PlanningRun } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForRun } from '../../testing/planning-factory';
import { buildArtist, buildGroup, buildProject, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
const ids: Record<string, string> = {};

const at = (latitude: number) => ({ latitude, longitude: 3.5 });
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startsAt: '08:00',
  endsAt: '18:00',
}));

async function session(
  title: string,
  body: { projectId: string; venueId: string; startsAtLocal: string; durationMin: number },
  extra: Record<string, unknown> = {},
) {
  const response = await coordinator.post(`/api/orgs/${org.id}/sessions`, {
    kind: 'workshop_singing',
    title,
    ...body,
    ...extra,
  });
  if (response.status !== 201) throw new Error(`${title}: ${JSON.stringify(response.body)}`);
  ids[title] = (response.body as { id: string }).id;
}

/**
 * Claire lives at 47.0° N, Denis at 47.5° N. Lunch project: two workshops of Claire on Monday
 * 7 January 2030, 10:30–12:00 and 12:00–13:30, at one venue. Schools project: A1 at 47.5° N with
 * Claire, confirmed with the École de Lormes (its group's partner); A2 with nobody; A3 with Claire.
 * Another project: B1, confirmed with the school too, with nobody yet.
 */
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  coordinator = org.members.coordinator!;
  const claire = await buildArtist(
    t,
    org.id,
    { displayName: 'Claire', skills: ['workshop_singing'], ...at(47.0), maxTravelKmPerDay: 300 },
    { availability: weekdays },
  );
  const denis = await buildArtist(
    t,
    org.id,
    { displayName: 'Denis', skills: ['workshop_singing'], ...at(47.5), maxTravelKmPerDay: 300 },
    { availability: weekdays },
  );
  Object.assign(ids, { claire: claire.id, denis: denis.id });
  const lunch = await buildProject(t, org.id, { name: 'Midi' });
  const hall = await buildVenue(t, org.id, { name: 'Salle du bourg', ...at(47.05) });
  const slot = (startsAtLocal: string) => ({
    projectId: lunch.id,
    venueId: hall.id,
    startsAtLocal,
    durationMin: 90,
  });
  await session('L1', slot('2030-01-07T10:30'), { artistIds: [claire.id] });
  await session('L2', slot('2030-01-07T12:00'), { artistIds: [claire.id] });

  const schools = await buildProject(t, org.id, { name: 'Écoles' });
  const [school] = await t.database.db
    .insert(schema.partners)
    .values({ orgId: org.id, name: 'École de Lormes', type: 'primary_school' })
    .returning();
  const pupils = await buildGroup(t, org.id, { partnerId: school!.id });
  const north = await buildVenue(t, org.id, { name: 'École du nord', ...at(47.5) });
  const south = await buildVenue(t, org.id, { name: 'Salle du sud', ...at(47.1) });
  const place = (venueId: string, startsAtLocal: string) => ({
    projectId: schools.id,
    venueId,
    startsAtLocal,
    durationMin: 60,
  });
  await session('A1', place(north.id, '2030-01-08T10:00'), {
    artistIds: [claire.id],
    groupIds: [pupils.id],
    status: 'confirmed',
  });
  await session('A2', place(south.id, '2030-01-08T14:00'));
  await session('A3', place(south.id, '2030-01-09T10:00'), { artistIds: [claire.id] });
  const later = await buildProject(t, org.id, { name: 'Écoles, suite' });
  await session(
    'B1',
    { projectId: later.id, venueId: south.id, startsAtLocal: '2030-01-10T10:00', durationMin: 60 },
    { groupIds: [pupils.id], status: 'confirmed' },
  );
  Object.assign(ids, { lunch: lunch.id, schools: schools.id, later: later.id });
});
afterAll(() => t.close());

async function plan(body: Record<string, unknown>) {
  const started = await coordinator.post(`/api/orgs/${org.id}/planning/runs`, {
    windowDays: 0,
    timeLimitSec: 1,
    seed: 1,
    ...body,
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const run = (await waitForRun(
    coordinator,
    org.id,
    (started.body as PlanningRun).id,
  )) as PlanningRun;
  expect(run.status).toBe('done');
  return run;
}

const stops = (result: PlanningResult) =>
  result.itineraries.flatMap((i) =>
    i.days.flatMap((day) => day.stops.map((stop) => ({ ...stop, day, artist: i.artistName }))),
  );

/** The lunch project, each workshop within its own hours (the morning one stays at 10:30). */
const lunchRequest = () => ({
  projectId: ids.lunch,
  sessionRules: [
    { sessionId: ids.L1, hours: { from: '10:30', to: '12:00' } },
    { sessionId: ids.L2, hours: { from: '12:00', to: '17:30' } },
  ],
});

describe('the lunch break', () => {
  it('gives Claire 45 minutes between 12:00 and 13:30 by default: 10:30–12:00, lunch, 12:45–14:15', async () => {
    const run = await plan(lunchRequest());
    expect(run.lunchBreak).toEqual({ from: '12:00', to: '13:30', minutes: 45 });
    const [day] = run.result!.itineraries[0]!.days;
    expect(day!.stops.map((s) => [s.title, s.start, s.end])).toEqual([
      ['L1', '10:30', '12:00'],
      ['L2', '12:45', '14:15'],
    ]);
    expect(day!.lunchBreak).toEqual({ start: '12:00', end: '12:45' });
  });

  it('follows the rule the coordinator sets, and none when turned off', async () => {
    const longer = await plan({
      ...lunchRequest(),
      lunchBreak: { from: '11:30', to: '14:00', minutes: 60 },
    });
    const times = (run: PlanningRun) =>
      stops(run.result!).map((s) => `${s.title} ${s.start}–${s.end}`);
    expect(times(longer)).toEqual(['L1 10:30–12:00', 'L2 13:00–14:30']);
    expect(longer.result!.itineraries[0]!.days[0]!.lunchBreak).toEqual({
      start: '12:00',
      end: '13:00',
    });
    const none = await plan({ ...lunchRequest(), lunchBreak: null });
    expect(none.lunchBreak).toBeNull();
    expect(times(none)).toEqual(['L1 10:30–12:00', 'L2 12:00–13:30']);
    expect(none.result!.itineraries[0]!.days[0]!.lunchBreak).toBeNull();
  });

  it('refuses a break longer than its window with 400 naming the field', async () => {
    const response = await coordinator.post(`/api/orgs/${org.id}/planning/runs`, {
      projectId: ids.lunch,
      lunchBreak: { from: '12:00', to: '12:30', minutes: 45 },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('lunchBreak');
  });
});

describe('dates agreed with partners', () => {
  it('are listed with the partner they are agreed with', async () => {
    const response = await coordinator.get(
      `/api/orgs/${org.id}/planning/candidates?projectId=${ids.schools}`,
    );
    const sessions = (response.body as PlanningCandidates).sessions;
    const agreed = Object.fromEntries(sessions.map((s) => [s.title, s.agreedWith]));
    expect(agreed).toEqual({ A1: { partnerName: 'École de Lormes' }, A2: null, A3: null });
    expect(sessions.every((s) => s.notPlannable === null)).toBe(true);
  });

  it('stay with their artist and time, and turn "change as little as possible" on', async () => {
    const run = await plan({ projectId: ids.schools });
    expect(run.agreedSessionIds).toEqual([ids.A1]);
    expect(run.keepCurrentAssignments).toBe(true);
    const a1 = stops(run.result!).find((s) => s.title === 'A1')!;
    expect(a1).toMatchObject({ artist: 'Claire', start: '10:00', agreed: true, changed: false });
    expect(run.result!.changes.map((c) => c.title)).not.toContain('A1');
  });

  it('move when the coordinator frees them: A1 goes to Denis, who lives next door', async () => {
    const run = await plan({
      projectId: ids.schools,
      freedSessionIds: [ids.A1],
      keepCurrentAssignments: false,
    });
    expect(run.agreedSessionIds).toEqual([]);
    expect(run.freedSessionIds).toEqual([ids.A1]);
    const a1 = stops(run.result!).find((s) => s.title === 'A1')!;
    expect(a1).toMatchObject({ artist: 'Denis', agreed: false, changed: true });
  });

  it('keep their time without an artist yet, and get one at that time', async () => {
    const run = await plan({ projectId: ids.later, windowDays: 3 });
    expect(run.agreedSessionIds).toEqual([ids.B1]);
    const b1 = stops(run.result!).find((s) => s.title === 'B1')!;
    expect(b1).toMatchObject({ day: { date: '2030-01-10' }, start: '10:00', agreed: true });
    expect(run.result!.changes.map((c) => c.to)).toEqual([
      { date: '2030-01-10', start: '10:00', artists: [{ id: expect.any(String), name: 'Claire' }] },
    ]);
  });

  it('can be freed only when confirmed: freeing a planned session is a 400 naming it', async () => {
    const response = await coordinator.post(`/api/orgs/${org.id}/planning/runs`, {
      projectId: ids.schools,
      freedSessionIds: [ids.A2],
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('body.freedSessionIds.0');
  });
});

describe('the comparison with the current plan', () => {
  it('counts the same sessions on both sides and says what only the plan places', async () => {
    const run = await plan({ projectId: ids.schools });
    const result = run.result!;
    expect(result.plan.placed).toBe(3);
    expect(result.current.placed).toBe(2);
    expect(result.likeForLike).toMatchObject({
      sessions: 2,
      onlyInPlan: 1,
      onlyInPlanWithoutArtist: 1,
      onlyInCurrent: 0,
    });
    // On A1 and A3 alone, the current plan is the plan: both keep Claire on both days.
    expect(result.likeForLike!.plan.distanceKm).toBeCloseTo(
      result.likeForLike!.current.distanceKm,
      1,
    );
    expect(result.likeForLike!.plan.distanceKm).toBeLessThan(result.plan.distanceKm + 0.1);
  });
});
