// A journey space's offline pack under the group link: its page (the one page of the space with a
// script) shows each part's size before anything is downloaded, the pack lists what it would hold
// (light renditions, the pictures' display size, never a forbidden download), the worker is
// allowed the space as its scope, and the pages it keeps say they are the copy on the phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSpaceJourney,
  createResource,
  groupSpacePath,
  place,
  publish,
  storeReadyFile,
  storeTone,
} from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import type { Pack } from './offline-pack';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator'], 'Musique en Bocage');
});
afterAll(() => t.close());

const visit = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('the offline pack of a journey space', () => {
  it('shows what it would hold and its size, lists it for the page’s script, and serves the worker for the space', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath, linkId } = await groupSpacePath(
      staff,
      org.id,
      journey.groupId,
      journey.journeyId,
    );
    const track = await createResource(staff, org.id, {
      kind: 'audio',
      title: 'La chanson du moulin',
      mediaId: await storeTone(t, org.id),
    });
    const lyrics = await createResource(staff, org.id, {
      kind: 'lyrics',
      title: 'Les paroles du moulin',
      text: 'Meunier, tu dors',
    });
    const film = await createResource(staff, org.id, {
      kind: 'video',
      title: 'Le moulin filmé',
      mediaId: await storeReadyFile(t, org.id, {
        fileName: 'moulin.webm',
        mediaType: 'video/webm',
        bytes: Buffer.alloc(3_500_000, 1),
      }),
    });
    for (const [resource, section] of [
      [track, 'playlist'],
      [lyrics, 'resources'],
      [film, 'resources'],
    ] as const) {
      await publish(staff, org.id, resource.id);
      await place(staff, org.id, journey.journeyId, { resourceId: resource.id, section });
    }

    const home = await visit(spacePath);
    expect(home.body).toContain(`href="${spacePath}/hors-ligne"`);
    expect(home.body).not.toContain('<script');

    const page = await visit(`${spacePath}/hors-ligne`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.body).toContain(`<script src="${spacePath}/hors-ligne/pack.js" defer>`);
    expect(page.body).toContain('aria-current="page">Hors ligne</a>');
    expect(page.body).toMatch(/La playlist : 1 morceau \(1\sko\)/);
    expect(page.body).toMatch(/Les vidéos : 1 vidéo \(3,5\sMo\)/);
    // Videos weigh the most: left for the person to tick. Nothing starts without the button.
    expect(page.body).toMatch(/value="videos" data-bytes="3500000"\/>/);
    expect(page.body).toMatch(/value="playlist" data-bytes="21" checked/);
    expect(page.body).toContain('data-role="save" hidden');

    const pack = (await visit(`${spacePath}/hors-ligne/pack.json`)).json() as Pack;
    const part = (id: string) => pack.parts.find((p) => p.id === id)!;
    expect(part('playlist').files).toEqual([
      { url: `${spacePath}/media/${track.id}?v=light`, bytes: 21 },
    ]);
    expect(part('videos').files).toEqual([
      { url: `${spacePath}/media/${film.id}`, bytes: 3_500_000 },
    ]);
    expect(part('pages').files.map((f) => f.url)).toEqual([
      spacePath,
      `${spacePath}/ecouter`,
      `${spacePath}/ressources`,
      `${spacePath}/hors-ligne`,
      `${spacePath}/hors-ligne/pack.js`,
      `${spacePath}/r/${track.id}`,
      `${spacePath}/r/${lyrics.id}`,
      `${spacePath}/r/${film.id}`,
    ]);

    const script = await visit(`${spacePath}/hors-ligne/pack.js`);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const worker = await visit(`${spacePath}/sw.js`);
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['service-worker-allowed']).toBe(spacePath);
    expect(worker.body).toContain("addEventListener('fetch'");
    const again = await visit(`${spacePath}/sw.js`, {
      'if-none-match': String(worker.headers.etag),
    });
    expect(again.statusCode).toBe(304);

    // A page the pack keeps says it is the copy on the phone; the page online does not.
    const kept = await visit(`${spacePath}/ecouter`, { 'x-tutti-pack': '1' });
    expect(kept.body).toContain('Disponible hors ligne : version enregistrée sur ce téléphone le');
    expect((await visit(`${spacePath}/ecouter`)).body).not.toContain('Disponible hors ligne');

    // A revoked link keeps nothing: no page, no list, no worker.
    const links = `/api/orgs/${org.id}/groups/${journey.groupId}/share-links`;
    await staff.post(`${links}/${linkId}/revoke`, {});
    for (const path of ['/hors-ligne', '/hors-ligne/pack.json', '/sw.js']) {
      expect((await visit(`${spacePath}${path}`)).statusCode).toBe(404);
    }
  });
});
