import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChoir } from '../../testing/choir-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  choir = await seedChoir(org);
  base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
});
afterAll(() => t.close());

type Rehearsal = {
  id: string;
  startsAt: string;
  predicted: { partId: string; predicted: number }[];
};

const upcoming = async () =>
  (
    (await org.members.coordinator.get(`${base}/rehearsals?when=upcoming&limit=5`)).body as {
      items: Rehearsal[];
    }
  ).items;

const attend = (
  rehearsalId: string,
  memberId: string,
  status: string,
  deviceId: string,
  recordedAt: string,
) => ({
  kind: 'choirs.attend',
  opId: randomUUID(),
  deviceId,
  recordedAt,
  rehearsalId,
  memberId,
  status,
});

describe('a choir', () => {
  it('reads the roster by part and site with age bands, section leaders and the current season', async () => {
    const response = await org.members.coordinator.get(base);
    expect(response.status).toBe(200);
    const body = response.body as {
      season: { name: string };
      parts: { code: string; members: number; leader: { name: string } | null }[];
      sites: { members: number }[];
      members: unknown[];
      ageBands: { ageBand: string; members: number }[];
    };
    expect(body.season.name).toBe('Saison de test');
    expect(body.parts.map((p) => p.code)).toEqual(['S1', 'S2', 'A1', 'A2', 'T1', 'T2', 'B1', 'B2']);
    expect(body.parts.find((p) => p.code === 'A1')).toMatchObject({
      members: 3,
      leader: { name: 'Sophie' },
    });
    expect(body.members).toHaveLength(6);
    expect(body.sites.map((s) => s.members)).toEqual([3, 3]);
    expect(body.ageBands).toContainEqual({ ageBand: '15-17', members: 2 });
  });

  it('refuses the whole choir to singers, and another organisation sees no choir (404)', async () => {
    expect((await org.members.viewer.get(base)).status).toBe(403);
    const other = await buildOrganisation(t, ['admin'], 'Autre');
    const response = await other.members.admin.get(`/api/orgs/${other.id}/choirs/${choir.choirId}`);
    expect(response.status).toBe(404);
  });

  it('unfolds a series from its rule less its exception dates, and names a bad rule', async () => {
    const response = await org.members.coordinator.post(`${base}/rehearsal-series`, {
      seasonId: choir.seasonId,
      siteId: choir.sites[0],
      rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
      startTime: '18:00',
      durationMin: 90,
      firstOn: '2026-03-02',
      untilOn: '2026-03-31',
      exceptOn: ['2026-03-05', '2026-03-30'],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ rehearsals: 7 });
    const bad = await org.members.coordinator.post(`${base}/rehearsal-series`, {
      seasonId: choir.seasonId,
      siteId: null,
      rule: 'FREQ=DAILY',
      startTime: '18:00',
      durationMin: 90,
      firstOn: '2026-03-02',
      untilOn: '2026-03-31',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'CHOIR.INVALID_RULE', fields: [{ path: 'body.rule' }] },
    });
  });

  it('predicts attendance per part from RSVPs: a yes counts one, a no nothing', async () => {
    const [next] = await upcoming();
    const put = (answer: string) =>
      org.members.viewer.request('PUT', `${base}/rehearsals/${next!.id}/rsvp`, { answer });
    expect((await put('no')).status).toBe(200);
    const a1 = choir.part('A1');
    const before = (await upcoming())[0]!.predicted.find((p) => p.partId === a1)!.predicted;
    expect((await put('yes')).status).toBe(200);
    const after = (await upcoming())[0]!.predicted.find((p) => p.partId === a1)!.predicted;
    expect(after - before).toBeCloseTo(1);
  });

  it('takes attendance from two phones exactly once, the latest device time winning', async () => {
    const [next] = await upcoming();
    const early = attend(next!.id, choir.myMemberId, 'absent', 'phone-a', '2026-01-01T19:31:00Z');
    const late = attend(next!.id, choir.myMemberId, 'present', 'phone-b', '2026-01-01T19:35:00Z');
    const send = (operations: unknown[]) =>
      org.members.artist.post(`/api/orgs/${org.id}/offline/operations`, { operations });
    const first = await send([late]);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await send([early, late]);
    expect(
      (second.body as { results: { outcome: string }[] }).results.map((r) => r.outcome),
    ).toEqual(['superseded', 'duplicate']);
    const roster = await org.members.artist.get(`${base}/rehearsals/${next!.id}/roster`);
    const singers = (roster.body as { singers: { memberId: string; status: string | null }[] })
      .singers;
    expect(singers.find((s) => s.memberId === choir.myMemberId)?.status).toBe('present');
    const relay = await org.members.relay.post(`/api/orgs/${org.id}/offline/operations`, {
      operations: [attend(next!.id, choir.myMemberId, 'present', 'x', '2026-01-01T19:35:00Z')],
    });
    expect(relay.status).toBe(403);
  });

  it('refuses a mark of a singer from another choir with its reason', async () => {
    const [next] = await upcoming();
    const op = attend(next!.id, randomUUID(), 'present', 'phone-a', '2026-01-01T19:31:00Z');
    const response = await org.members.coordinator.post(`/api/orgs/${org.id}/offline/operations`, {
      operations: [op],
    });
    expect(
      (response.body as { results: { outcome: string; reason?: string }[] }).results[0],
    ).toMatchObject({
      outcome: 'refused',
      reason: 'CHOIR.MEMBER_NOT_EXPECTED',
    });
  });
});

describe('singers and section leaders', () => {
  it('shows a singer their page, and marks where they are on a piece', async () => {
    const marked = await org.members.viewer.request(
      'PUT',
      `${base}/pieces/${choir.pieceId}/learning`,
      {
        status: 'ready_for_check',
      },
    );
    expect(marked.status).toBe(200);
    const page = await org.members.viewer.get(`${base}/me`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      member: { firstName: 'Nadia', partCode: 'A1' },
      pieces: [{ title: 'Dona nobis pacem', myPartCode: 'A1', status: 'ready_for_check' }],
    });
    expect((await org.members.relay.get(`${base}/me`)).status).toBe(404);
  });

  it('lists the choirs an account sings in, with the parts it leads', async () => {
    const response = await org.members.artist.get(`/api/orgs/${org.id}/choirs`);
    expect(response.body).toMatchObject({
      items: [{ id: choir.choirId, leads: [choir.part('A1')], conducts: false }],
    });
    expect((await org.members.relay.get(`/api/orgs/${org.id}/choirs`)).body).toMatchObject({
      items: [],
    });
  });

  it('gives the checking queue to the section leader only', async () => {
    expect((await org.members.artist.get(`${base}/checking-queue`)).status).toBe(200);
    expect((await org.members.viewer.get(`${base}/checking-queue`)).status).toBe(404);
  });

  it('counts readiness per piece, part and site and alerts a part under its minimum', async () => {
    const response = await org.members.coordinator.get(`${base}/readiness`);
    expect(response.status).toBe(200);
    const body = response.body as {
      cells: { partId: string; siteId: string; singers: number; readyForCheck: number }[];
      alerts: { partId: string; ready: number; minSingers: number }[];
    };
    const a1 = body.cells.find((c) => c.partId === choir.part('A1') && c.siteId === choir.sites[1]);
    expect(a1).toMatchObject({ singers: 2, readyForCheck: 1 });
    expect(body.alerts).toContainEqual(
      expect.objectContaining({ partId: choir.part('A1'), ready: 0, minSingers: 3 }),
    );
  });
});

describe('the learning grid', () => {
  type Grid = {
    parts: { code: string }[];
    partId: string;
    pieces: { title: string }[];
    singers: { firstName: string; siteName: string; statuses: (string | null)[] }[];
  };
  it('shows a section leader each singer of their part × piece with the status the singer set', async () => {
    const response = await org.members.artist.get(`${base}/learning`);
    expect(response.status).toBe(200);
    const grid = response.body as Grid;
    expect(grid.parts.map((p) => p.code)).toEqual(['A1']);
    expect(grid.partId).toBe(choir.part('A1'));
    expect(grid.pieces.map((p) => p.title)).toEqual(['Dona nobis pacem']);
    expect(grid.singers.map((s) => [s.firstName, s.statuses])).toEqual([
      ['Choriste 4', [null]],
      ['Nadia', ['ready_for_check']],
      ['Sophie', [null]],
    ]);
  });

  it('gives a conductor every part, and refuses another part to a section leader or a singer (404)', async () => {
    const s1 = await org.members.coordinator.get(`${base}/learning?partId=${choir.part('S1')}`);
    expect(s1.status).toBe(200);
    expect((s1.body as Grid).parts).toHaveLength(8);
    expect((s1.body as Grid).singers.map((s) => s.firstName)).toEqual(['Choriste 1']);
    const other = await org.members.artist.get(`${base}/learning?partId=${choir.part('S1')}`);
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ error: { fields: [{ path: 'query.partId' }] } });
    expect((await org.members.viewer.get(`${base}/learning`)).status).toBe(404);
    expect((await org.members.viewer.get(`${base}/learning?partId=nope`)).status).toBe(400);
  });
});

describe('person rights', () => {
  it('exports a singer’s choir membership and erases it with the person', async () => {
    const roster = (await org.members.coordinator.get(base)).body as {
      members: { id: string; participantId: string }[];
    };
    const { participantId } = roster.members.find((m) => m.id === choir.myMemberId)!;
    const exported = await org.members.admin.get(
      `/api/orgs/${org.id}/participants/${participantId}/data-export?format=json`,
    );
    expect(exported.status).toBe(200);
    const data = exported.body as {
      choirs: { choirName: string; partCode: string; contactEmail: string; learning: unknown[] }[];
    };
    expect(data.choirs).toMatchObject([
      { choirName: 'Chœur des Deux Rives', partCode: 'A1', contactEmail: 'nadia@example.test' },
    ]);
    const erased = await org.members.admin.post(
      `/api/orgs/${org.id}/participants/${participantId}/erasure`,
      { confirm: true },
    );
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body).toMatchObject({
      removed: expect.arrayContaining([{ item: 'choirMemberships', count: 1 }]),
    });
    expect((await org.members.viewer.get(`${base}/me`)).status).toBe(404);
  });
});
