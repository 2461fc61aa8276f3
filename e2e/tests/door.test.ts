// The door of a demo concert with room left (not the nearly full one) on a phone with the network
// cut: the coordinator downloads the list, cuts the network (setOffline), lets in a whole order
// found by name, part of another read from a photo of its QR code (the scanner library decodes the
// image), sees the first ticket flagged as used, counts a person without a ticket and answers
// "how did you come?"; the network comes back, the phone syncs, and the Billetterie card shows
// the entries, the travel answers and, once another phone's scan of the same ticket arrives, the
// ticket used twice. 360 px, then 1280 px; axe on each page. Then the camera itself: a second
// browser plays a video of an order's QR code as its webcam, and the door's camera scan reads it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DoorSummary } from '@tutti/contracts';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
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
import { CHROMIUM_PATH } from '../support/chromium';
import { roomyConcertUrls } from '../support/concerts';
import { qrVideo } from '../support/qr-video';
import { sessionIdOfPublicCode } from '../support/sessions';

const baseUrl = inject('e2e').baseUrl ?? '';

type Me = { csrfToken: string; memberships: { orgId: string }[] };

describe.skipIf(skipReason)('the door of a concert, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('lets people in with the network cut, then the box office shows them (360 and 1280 px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const me = (await (await page.request.get('/api/me')).json()) as Me;
    const orgId = me.memberships[0]!.orgId;
    // The demo concert with room left whose door list holds the Girard family's order.
    let sessionId: string | undefined;
    let concertUrl = '';
    for (const url of await roomyConcertUrls(baseUrl)) {
      const code = new URL(url).pathname.split('/').pop()!;
      const id = await sessionIdOfPublicCode(page.request, orgId, code);
      if (!id) continue;
      const door = (await (
        await page.request.get(`/api/orgs/${orgId}/sessions/${id}/door`)
      ).json()) as { orders: { name: string }[] };
      if (door.orders.some((order) => order.name === 'Famille Girard')) {
        sessionId = id;
        concertUrl = url;
        break;
      }
    }
    expect(sessionId).toBeDefined();
    // A family books three seats; its QR code is kept as a photo would be.
    const visitor = await openPage(browser, phone);
    await visitor.page.goto(concertUrl);
    await visitor.page.getByLabel('Plein tarif (8 €)').fill('3');
    await visitor.page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Nom', { exact: true })
      .fill('Famille Porte');
    await visitor.page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Adresse e-mail')
      .fill('porte@example.org');
    await visitor.page
      .getByRole('region', { name: 'Réserver' })
      .getByRole('button', { name: 'Réserver' })
      .click();
    const qr = visitor.page.getByRole('img', { name: /Code QR de votre réservation/ });
    await qr.waitFor();
    await visitor.page.waitForFunction(
      () => (document.querySelector('img[src$="qr.svg"]') as HTMLImageElement | null)?.complete,
    );
    const photo = await qr.screenshot();
    await visitor.context.close();

    const summaryBefore = (await (
      await page.request.get(`/api/orgs/${orgId}/sessions/${sessionId}/door/summary`)
    ).json()) as DoorSummary;

    // Before the concert: the list is downloaded while the network is there.
    await page.goto(`/o/${orgId}/concerts/${sessionId}/door`);
    await page.getByText(/Liste téléchargée le/).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await expectAccessible(page, 'the door, online');

    await context.setOffline(true);
    await page.getByText('Hors ligne').first().waitFor();

    // A whole order found by name, in one tap; the family came by car, three in it.
    await page.getByRole('searchbox', { name: 'Chercher un nom' }).fill('girard');
    await page.getByRole('button', { name: 'Choisir Famille Girard' }).click();
    await page.getByRole('button', { name: 'Faire entrer les 4 personnes' }).click();
    await page.getByText('Famille Girard : 4 places entrées.').waitFor();
    await page.getByRole('button', { name: 'Voiture' }).click();
    await screenshot(page, 'door-travel-360px', { fullPage: false });
    await page.getByRole('button', { name: '3 personnes' }).click();
    await page.getByText('Merci\u00a0!').waitFor();

    // Another order read from a photo of its QR code: one of its three seats for now.
    await page.getByLabel('Photo du QR code').setInputFiles({
      name: 'qr.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    // Decoding the photo runs the scanner library in the page: slow when the CI's cores are busy.
    await page.getByRole('heading', { name: 'Famille Porte' }).waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: 'Famille Porte' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'door-order-360px', { fullPage: false });
    await page.getByRole('button', { name: '1 sur 3' }).click();
    await page.getByText('Famille Porte : 1 place entrée.').waitFor();
    await page.getByRole('button', { name: 'À pied' }).click();

    // The first ticket shown again on this phone: flagged at once.
    await page.getByRole('searchbox', { name: 'Chercher un nom' }).fill('girard');
    await page.getByRole('button', { name: 'Choisir Famille Girard' }).click();
    await page.getByText(/Billet déjà utilisé : 4 places sur 4 entrées.*ce téléphone/).waitFor();
    await page.getByRole('button', { name: 'Fermer' }).click();

    // Someone without a ticket.
    await page.getByRole('button', { name: '+ Une personne sans billet' }).click();
    await page.getByRole('button', { name: 'Passer' }).click();
    await page.getByText('5 modifications à envoyer').waitFor();
    expect(
      await page.locator('.door__figures').first().textContent(),
      'seats and walk-ins counted on the phone',
    ).toContain(String(summaryBefore.checkedInSeats + 5));
    await expectAccessible(page, 'the door, offline');
    await screenshot(page, 'door-offline-360px');

    await context.setOffline(false);
    await page.getByText('Tout est envoyé').waitFor({ timeout: 20_000 });
    const summary = (await (
      await page.request.get(`/api/orgs/${orgId}/sessions/${sessionId}/door/summary`)
    ).json()) as DoorSummary;
    expect(summary.checkedInSeats).toBe(summaryBefore.checkedInSeats + 5);
    expect(summary.walkIns).toBe(summaryBefore.walkIns + 1);
    expect(summary.conflicts).toEqual(summaryBefore.conflicts);
    expect(summary.travel.people).toBe(summaryBefore.travel.people + 5);

    // Another phone had let the Girard family in too, offline: its scan arrives now.
    const list = (await (
      await page.request.get(`/api/orgs/${orgId}/sessions/${sessionId}/door`)
    ).json()) as { orders: { id: string; name: string }[] };
    const girard = list.orders.find((order) => order.name === 'Famille Girard')!;
    const replay = await page.request.post(`/api/orgs/${orgId}/offline/operations`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        operations: [
          {
            opId: crypto.randomUUID(),
            deviceId: 'porte-2',
            recordedAt: new Date().toISOString(),
            kind: 'door.checkIn',
            concertId: sessionId,
            orderId: girard.id,
            seats: 4,
            method: 'scan',
          },
        ],
      },
    });
    expect(((await replay.json()) as { results: { outcome: string }[] }).results[0]!.outcome).toBe(
      'superseded',
    );

    await page.goto(`/o/${orgId}/calendar/sessions/${sessionId}`);
    await page.getByRole('heading', { name: 'Billetterie' }).waitFor();
    await page.getByRole('heading', { name: 'Billets utilisés deux fois' }).waitFor();
    await page
      .getByRole('region', { name: /Entrées au-delà des places/ })
      .getByRole('rowheader', { name: 'Famille Girard' })
      .waitFor();
    await page.getByText(/Voiture : \d+ personnes/).waitFor();
    await expectAccessible(page, 'the Billetterie card with the door');
    await page.getByRole('heading', { name: 'Entrée' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'door-box-office-360px');
    await page.setViewportSize(desktop);
    await screenshot(page, 'door-box-office-1280px');
    await page.goto(`/o/${orgId}/concerts/${sessionId}/door`);
    await page.getByText(/Liste téléchargée le/).waitFor();
    await screenshot(page, 'door-1280px');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  test('reads a QR code with the camera: a video of the code played as the webcam (360 px)', async () => {
    // A family books two seats; its order's address holds the secret its QR code carries.
    const visitor = await openPage(browser, phone);
    const [concertUrl] = await roomyConcertUrls(baseUrl);
    await visitor.page.goto(concertUrl!);
    await visitor.page.getByLabel('Plein tarif (8 €)').fill('2');
    await visitor.page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Nom', { exact: true })
      .fill('Famille Caméra');
    await visitor.page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Adresse e-mail')
      .fill('camera@example.org');
    await visitor.page
      .getByRole('region', { name: 'Réserver' })
      .getByRole('button', { name: 'Réserver' })
      .click();
    await visitor.page.waitForURL(/\/reservation\//);
    const secret = new URL(visitor.page.url()).pathname.split('/').pop()!;
    await visitor.context.close();

    const dir = mkdtempSync(join(tmpdir(), 'tutti-door-camera-'));
    const camera = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${qrVideo(secret, dir)}`,
      ],
    });
    try {
      const context = await camera.newContext({
        baseURL: baseUrl || undefined,
        viewport: phone,
        locale: 'fr-FR',
        permissions: ['camera'],
      });
      const page = await context.newPage();
      await signIn(page, 'coordinator@demo.test');
      const me = (await (await page.request.get('/api/me')).json()) as Me;
      const orgId = me.memberships[0]!.orgId;
      const code = new URL(concertUrl!).pathname.split('/').pop()!;
      const sessionId = await sessionIdOfPublicCode(page.request, orgId, code);
      await page.goto(`/o/${orgId}/concerts/${sessionId}/door`);
      await page.getByText(/Liste téléchargée le/).waitFor();
      await page.getByRole('button', { name: 'Scanner un QR code' }).click();
      await page.getByRole('heading', { name: 'Famille Caméra' }).waitFor({ timeout: 20_000 });
      // The camera stops once the code is read.
      await page.getByRole('button', { name: 'Scanner un QR code' }).waitFor();
      await page.getByRole('button', { name: 'Faire entrer les 2 personnes' }).click();
      await page.getByText('Famille Caméra : 2 places entrées.').waitFor();
      await context.close();
    } finally {
      await camera.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
