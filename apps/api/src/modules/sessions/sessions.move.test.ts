// Moving a journey session: the preview shows the effect on the rest, the apply writes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtist, buildGroup, buildProject } from '../../testing/programme-rows';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let projectId: string;
let templateId: string;

type JourneySession = { id: string; position: number; local: { date: string; startTime: string } };
type Preview = {
  shift: { days: number; minutes: number };
  sessions: {
    sessionId: string;
    position: number;
    moved: boolean;
    from: { local: { date: string; startTime: string } };
    to: { startsAt: string; local: { date: string; startTime: string } };
    conflicts: { kind: string }[];
    spacing: { daysToNext: number; daysToNextBefore: number } | null;
  }[];
  conflictCount: number;
};

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist']);
  coordinator = org.members.coordinator;
  projectId = (await buildProject(t, org.id, { name: 'Chœur des générations' })).id;
  const template = await coordinator.post(`/api/orgs/${org.id}/journey-templates`, {
    name: 'Parcours chant',
    steps: Array.from({ length: 6 }, (_, i) => ({
      kind: 'workshop_singing',
      title: `Atelier chant ${i + 1}`,
      durationMin: 90,
      spacingDays: i === 0 ? 0 : 7,
    })),
  });
  templateId = (template.body as { id: string }).id;
});
afterAll(() => t.close());

/** Six weekly Tuesday sessions at 18:30 from 28 September 2027, across the change to winter time. */
async function weeklyJourney(artistIds: string[] = []) {
  const group = await buildGroup(t, org.id, { kind: 'choir', name: 'Chorale des Tilleuls' });
  const response = await coordinator.post(`/api/orgs/${org.id}/journeys`, {
    projectId,
    templateId,
    groupId: group.id,
    startsOn: '2027-09-28',
    startTime: '18:30',
    artistIds,
  });
  return (response.body as { journey: { id: string; sessions: JourneySession[] } }).journey;
}

const sessionUrl = (id: string) => `/api/orgs/${org.id}/sessions/${id}`;

describe('moving a journey session', () => {
  it('previews the later sessions shifting by the same days and wall-clock time, without writing', async () => {
    const journey = await weeklyJourney();
    const third = journey.sessions[2]!;
    const preview = await coordinator.post(`${sessionUrl(third.id)}/move-preview`, {
      startsAtLocal: '2027-10-14T17:00',
      scope: 'following',
    });
    expect(preview.status).toBe(200);
    const body = preview.body as Preview;
    expect(body.shift).toEqual({ days: 2, minutes: -90 });
    expect(
      body.sessions.map((s) => [
        s.position,
        s.moved,
        s.from.local.date,
        s.to.local.date,
        s.to.local.startTime,
      ]),
    ).toEqual([
      [3, true, '2027-10-12', '2027-10-14', '17:00'],
      [4, true, '2027-10-19', '2027-10-21', '17:00'],
      [5, true, '2027-10-26', '2027-10-28', '17:00'],
      [6, true, '2027-11-02', '2027-11-04', '17:00'],
    ]);
    // 4 November is in winter time (UTC+1): same wall-clock time, another UTC hour.
    expect(body.sessions[2]!.to.startsAt).toBe('2027-10-28T15:00:00.000Z');
    expect(body.sessions[3]!.to.startsAt).toBe('2027-11-04T16:00:00.000Z');
    const unchanged = await coordinator.get(`/api/orgs/${org.id}/journeys/${journey.id}`);
    expect((unchanged.body as { sessions: JourneySession[] }).sessions[2]!.local.date).toBe(
      '2027-10-12',
    );
  });

  it('moves only this session when asked, and shows the shortened spacing to the next one', async () => {
    const journey = await weeklyJourney();
    const third = journey.sessions[2]!;
    const body = { startsAtLocal: '2027-10-15T18:30', scope: 'this' };
    const preview = (await coordinator.post(`${sessionUrl(third.id)}/move-preview`, body))
      .body as Preview;
    expect(preview.sessions.map((s) => [s.position, s.moved, s.to.local.date])).toEqual([
      [3, true, '2027-10-15'],
      [4, false, '2027-10-19'],
      [5, false, '2027-10-26'],
      [6, false, '2027-11-02'],
    ]);
    expect(preview.sessions[0]!.spacing).toEqual({ daysToNext: 4, daysToNextBefore: 7 });
    const applied = await coordinator.post(`${sessionUrl(third.id)}/move`, body);
    expect(applied.status).toBe(200);
    const after = await coordinator.get(`/api/orgs/${org.id}/journeys/${journey.id}`);
    expect(
      (after.body as { sessions: JourneySession[] }).sessions.map((s) => s.local.date),
    ).toEqual(['2027-09-28', '2027-10-05', '2027-10-15', '2027-10-19', '2027-10-26', '2027-11-02']);
  });

  it('shows the conflict a later session would meet, refuses the move with 409 and writes none of it', async () => {
    const artist = await buildArtist(t, org.id, { displayName: 'Hugo Martin' });
    const journey = await weeklyJourney([artist.id]);
    await coordinator.post(`/api/orgs/${org.id}/sessions`, {
      projectId,
      kind: 'concert',
      title: 'Concert au foyer',
      startsAtLocal: '2027-10-27T18:00',
      durationMin: 120,
      artistIds: [artist.id],
    });
    const second = journey.sessions[1]!;
    const body = { startsAtLocal: '2027-10-06T18:30', scope: 'following' };
    const preview = (await coordinator.post(`${sessionUrl(second.id)}/move-preview`, body))
      .body as Preview;
    expect(preview.conflictCount).toBe(1);
    expect(preview.sessions.map((s) => s.conflicts.map((c) => c.kind))).toEqual([
      [],
      [],
      [],
      ['artist_double_booked'],
      [],
    ]);
    const refused = await coordinator.post(`${sessionUrl(second.id)}/move`, body);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'SESSION.CONFLICT',
        fields: [
          {
            message:
              'Session on 2027-10-27T18:30: Hugo Martin is already booked for "Concert au foyer" (Chœur des générations) on 2027-10-27 18:00–20:00 Europe/Paris',
          },
        ],
      },
    });
    const unchanged = await coordinator.get(`/api/orgs/${org.id}/journeys/${journey.id}`);
    expect((unchanged.body as { sessions: JourneySession[] }).sessions[1]!.local.date).toBe(
      '2027-10-05',
    );
    const accepted = await coordinator.post(`${sessionUrl(second.id)}/move`, {
      ...body,
      override: { reason: 'Hugo arrive après le concert' },
    });
    expect(accepted.status).toBe(200);
    const items = (accepted.body as { items: { local: { date: string }; override: unknown }[] })
      .items;
    expect(items.map((s) => [s.local.date, s.override !== null])).toEqual([
      ['2027-10-06', false],
      ['2027-10-13', false],
      ['2027-10-20', false],
      ['2027-10-27', true],
      ['2027-11-03', false],
    ]);
  });

  it('leaves done and cancelled sessions where they are, and refuses to move one', async () => {
    const journey = await weeklyJourney();
    const [, second, third] = journey.sessions;
    await coordinator.post(`${sessionUrl(third!.id)}/cancel`, { reason: 'Grève des transports' });
    const preview = (
      await coordinator.post(`${sessionUrl(second!.id)}/move-preview`, {
        startsAtLocal: '2027-10-07T18:30',
        scope: 'following',
      })
    ).body as Preview;
    expect(preview.sessions.map((s) => [s.position, s.moved])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, true],
      [6, true],
    ]);
    const cancelled = await coordinator.post(`${sessionUrl(third!.id)}/move`, {
      startsAtLocal: '2027-10-14T18:30',
      scope: 'this',
    });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body).toMatchObject({ error: { code: 'SESSION.NOT_EDITABLE' } });
  });

  it('lets only coordinators move sessions', async () => {
    const journey = await weeklyJourney();
    const response = await org.members.artist.post(`${sessionUrl(journey.sessions[0]!.id)}/move`, {
      startsAtLocal: '2027-09-29T18:30',
      scope: 'this',
    });
    expect(response.status).toBe(403);
  });
});
