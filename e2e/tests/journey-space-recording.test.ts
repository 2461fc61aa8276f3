// An artist adds the recording of a workshop they led: the demo artist opens, on a phone, the page
// of a past workshop of the journey in progress, sends a recording (tus) naming the children heard,
// and reads that it is held back until every family agreed (360 px, then 1280 px). The coordinator
// finds it in the journey's space at that step, linked to the session and the children, takes off
// the children without the consent, and a family hears it under the group's link; the coordinator
// then takes it out of the space again. axe on each page.
import type { JourneySpace, SessionRecordings, SpaceResource } from '@tutti/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { json, signedInOrg } from '../support/api-json';
import {
  desktop,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  signIn,
  skipReason,
} from '../support/browser';
import { processedSpaces } from '../support/spaces';
import { toneWav } from '../support/wav';

/** Its own title on each run: the demo server may hold an earlier run's. */
const TITLE = `Notre chanson, enregistrée par Sophie (${Date.now().toString(36).slice(-4)})`;

describe.skipIf(skipReason)('journey space, an artist’s recording', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the artist adds the recording of a workshop they led, the coordinator keeps it in hand, a family hears it', async () => {
    const coordinator = await openPage(browser, desktop);
    await signIn(coordinator.page, 'coordinator@demo.test');
    const space = (await processedSpaces(coordinator.page)).find((s) => s.groupUrl)!;
    expect(space).toBeDefined();

    const artist = await openPage(browser, phone);
    await signIn(artist.page, 'artist@demo.test');
    const { base, orgId } = await signedInOrg(artist.page);
    // A step of the journey that took place and that the demo artist led.
    let workshop: SessionRecordings | undefined;
    for (const step of space.steps.filter((s) => s.tookPlace && s.status !== 'cancelled')) {
      const answer = await artist.page.request.get(
        `${base}/sessions/${step.sessionId}/space-recordings`,
      );
      if (answer.ok()) {
        workshop = (await answer.json()) as SessionRecordings;
        break;
      }
    }
    expect(workshop).toBeDefined();
    const sessionId = workshop!.session.id;

    await artist.page.goto(`/o/${orgId}/calendar/sessions/${sessionId}`);
    const card = artist.page.getByRole('region', { name: 'Enregistrement de l’atelier' });
    await card.getByText(`« ${space.journey.name} »`, { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Ajouter l’enregistrement de l’atelier' }).click();
    const dialog = artist.page.getByRole('dialog', {
      name: 'Ajouter l’enregistrement de l’atelier',
    });
    await dialog.getByLabel('Fichier audio ou vidéo').setInputFiles({
      name: 'atelier.wav',
      mimeType: 'audio/wav',
      buffer: toneWav(330, 2),
    });
    await dialog.getByLabel('Titre').fill(TITLE);
    const heard = dialog.getByRole('group', { name: 'Qui l’on entend ou voit' });
    expect(await heard.getByRole('checkbox').count()).toBe(workshop!.participants.length);
    await expectAccessible(artist.page, 'the recording dialog');
    await screenshot(artist.page, 'journey-space-recording-dialog-360px', { fullPage: false });
    await dialog.getByRole('button', { name: 'Envoyer' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const item = card.getByRole('listitem').filter({
      has: artist.page.getByRole('heading', { name: TITLE }),
    });
    await item.waitFor();
    await item.getByText(/\d+ personnes? nommées?/).waitFor();
    await expectAccessible(artist.page, 'the session page with its recording');
    await screenshot(artist.page, 'journey-space-recording-artist-360px');
    const wide = await openPage(browser, desktop);
    await signIn(wide.page, 'artist@demo.test');
    await wide.page.goto(`/o/${orgId}/calendar/sessions/${sessionId}`);
    await wide.page.getByRole('heading', { name: TITLE }).waitFor();
    await screenshot(wide.page, 'journey-space-recording-artist-1280px');
    await wide.context.close();

    // The coordinator finds it at the workshop's step, linked to the session and the children.
    const coordinatorApi = await signedInOrg(coordinator.page);
    const spaceNow = async () =>
      json<JourneySpace>(
        coordinator.page.request,
        'GET',
        `${coordinatorApi.base}/journeys/${space.journey.id}/space`,
        coordinatorApi.csrf,
      );
    const step = space.steps.find((s) => s.sessionId === sessionId)!;
    let entry = (await spaceNow()).entries.find((e) => e.resource.title === TITLE)!;
    expect(entry).toMatchObject({ section: 'playlist', stepPosition: step.position });
    expect(entry.resource.session?.id).toBe(sessionId);
    expect(entry.resource.participants).toHaveLength(workshop!.participants.length);
    // Once the job processed the file, only the consents can hold it back.
    for (let i = 0; i < 180 && entry.resource.heldBack.includes('file_not_ready'); i++) {
      await coordinator.page.waitForTimeout(1000);
      entry = (await spaceNow()).entries.find((e) => e.resource.title === TITLE)!;
    }
    const missing = entry.resource.participants.filter((p) => p.consent !== 'given');
    if (missing.length > 0) {
      expect(entry.resource.heldBack).toContain('consent_missing');
      await artist.page.reload();
      await item.getByText('Retenu : consentement manquant').waitFor();
    }
    // The coordinator takes off the children without consent: the family hears it.
    const resource = entry.resource;
    const kept = resource.participants.filter((p) => p.consent === 'given').map((p) => p.id);
    const edited = await json<SpaceResource>(
      coordinator.page.request,
      'PUT',
      `${coordinatorApi.base}/space-resources/${resource.id}`,
      coordinatorApi.csrf,
      {
        kind: resource.kind,
        title: resource.title,
        mediaId: resource.source.type === 'file' ? resource.source.media?.id : null,
        sessionId,
        showsPeople: true,
        participantIds: kept,
      },
    );
    expect(edited).toMatchObject({ visible: true, heldBack: [] });
    const family = await openPage(browser, phone);
    await family.page.goto(`${new URL(space.groupUrl!).pathname}/ecouter`);
    await family.page.getByText(TITLE).waitFor();
    await screenshot(family.page, 'journey-space-recording-family-360px');

    // And takes it out of the space: the family no longer finds it.
    const removed = await coordinator.page.request.delete(
      `${coordinatorApi.base}/journeys/${space.journey.id}/space/entries/${entry.id}`,
      { headers: { 'x-csrf-token': coordinatorApi.csrf } },
    );
    expect(removed.status()).toBe(204);
    await family.page.reload();
    await family.page.getByRole('heading', { name: 'Pour tout le parcours' }).waitFor();
    expect(await family.page.getByText(TITLE).count()).toBe(0);
    expect([...artist.errors, ...coordinator.errors, ...family.errors]).toEqual([]);
    await Promise.all([
      artist.context.close(),
      coordinator.context.close(),
      family.context.close(),
    ]);
  }, 480_000); // A file sent and processed by the media job, three people, axe on each page.
});
