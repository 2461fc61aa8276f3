// The demo choir's files: the singer finds the first piece's tracks for their part, published;
// their section leader finds the first altos' recordings waiting for a verdict, and the roll
// call's list with the parts they lead; the printed copies out; the impact page's mix of the
// choir's concerts.
import type {
  ChoirMyPage,
  ChoirMyScores,
  ChoirRoster,
  ChoirScoreShelf,
  ImpactIndicators,
} from '@tutti/contracts';
import { DEMO_PASSWORD } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../testing/test-app';
import { seedDemoChoirFiles } from './choirs.demo';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
});
afterAll(() => t.close());

describe('demo choir files', () => {
  it('give the singer playable tracks of their part and the section leader recordings to check', async () => {
    const seeded = await seedDemoChoirFiles({ database: t.database, config: t.config });
    expect(seeded).toMatchObject({ tracks: 9, recordings: 3 });

    const singer = await signIn(t.app, 'viewer@demo.test', DEMO_PASSWORD);
    const me = await singer.get('/api/me');
    const orgId = (me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId;
    const choirs = (await singer.get(`/api/orgs/${orgId}/choirs`)).body as {
      items: { id: string }[];
    };
    const base = `/api/orgs/${orgId}/choirs/${choirs.items[0]!.id}`;
    const page = (await singer.get(`${base}/me`)).body as ChoirMyPage;
    const first = page.pieces.find((piece) => piece.id === seeded!.pieceId)!;
    expect(first.tracks.map((track) => [track.mix, track.partCode, track.ready])).toEqual([
      ['full_mix', null, true],
      ['part_alone', 'A1', true],
    ]);
    expect(first.tracks[1]!.fileName).toBe('Dona nobis pacem — A1 seul.wav');
    expect(first.tracks[1]!.durationMs).toBeGreaterThan(5000);
    const played = await singer.get(
      `/api/orgs/${orgId}/media/${first.tracks[1]!.fileId}/content?variant=original`,
    );
    expect(played.status).toBe(200);

    const leader = await signIn(t.app, 'artist@demo.test', DEMO_PASSWORD);
    const queue = (await leader.get(`${base}/checking-queue`)).body as {
      items: { partCode: string; review: string; pieceTitle: string }[];
    };
    expect(queue.items.filter((item) => item.review === 'pending')).toHaveLength(3);
    expect(new Set(queue.items.map((item) => item.partCode))).toEqual(new Set(['A1']));

    // The roll call's list carries what a phone shows offline: parts, sites, the parts led.
    const roster = (await leader.get(`${base}/rehearsals/${page.rehearsals[0]!.id}/roster`))
      .body as ChoirRoster;
    const a1 = roster.parts.find((part) => part.code === 'A1')!;
    expect(roster.leads).toEqual([a1.id]);
    expect(roster.sites.map((site) => site.name)).toContain('Nevers');
    expect(roster.singers.filter((s) => s.partId === a1.id).length).toBeGreaterThan(5);

    // Printed copies: Nadia holds the Hymne and the Chant des partisans; Sophie lends to her altos.
    const held = (await singer.get(`${base}/me/score-copies`)).body as ChoirMyScores;
    expect(held.items.map((loan) => loan.pieceTitle).sort()).toEqual([
      'Hymne à la joie',
      'Le Chant des partisans',
    ]);
    const shelf = (await leader.get(`${base}/score-copies`)).body as ChoirScoreShelf;
    expect(shelf.pieces.find((p) => p.title === 'Hymne à la joie')).toMatchObject({
      copiesOwned: 60,
      copiesOut: 13,
      onShelf: 47,
    });
    expect(new Set(shelf.loans.map((loan) => loan.member?.partCode))).toEqual(new Set(['A1']));

    // The two commemoration concerts are concert sessions: the impact page reports the choir's
    // 250 singers by age band (the two who left in the autumn are not among them).
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const impact = (
      await coordinator.get(`/api/orgs/${orgId}/impact/indicators?from=${day(0)}&to=${day(60)}`)
    ).body as ImpactIndicators;
    const mix = impact.choirs.find((choir) => choir.choirId === choirs.items[0]!.id)!;
    expect(mix).toMatchObject({ concertsHeld: 0, concertsPlanned: 2, singers: 250 });
    expect(mix.ageBands.find((band) => band.category === 'unknown')!.count).toBe(0);
    expect(
      mix.ageBands.filter((band) => typeof band.count === 'number' && band.count > 0).length,
    ).toBeGreaterThan(3);
  }, 600_000); // the demo choir's files are processed first: minutes on a busy machine
});
