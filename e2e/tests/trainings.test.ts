// A network's training in a browser: the demo coordinator reads the demo training (people from
// the three members and a partner, last week's half-days signed), enrols a partner's relay and
// downloads a certificate (1280 px); then takes today's sign-in on a phone with the network cut,
// reloads offline, gets the network back: the sign-ins land once (a replay answers duplicate)
// and the certificate counts them (360 px). Axe on each page.
import type { OperationResult, Training } from '@tutti/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signedInOrg } from '../support/api-json';
import {
  desktop,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';
import { queuedOperations } from '../support/offline-queue';

const TITLE = 'Accueillir les publics éloignés : formation des relais';

function signButton(page: Page, personId: string, label: string) {
  return page
    .locator(`li[data-person="${personId}"]`)
    .getByRole('radio', { name: label, exact: true });
}

async function openTraining(page: Page) {
  const { orgId, base } = await signedInOrg(page);
  await page.goto(`/o/${orgId}/formations`);
  await waitForHeading(page, 'Formations');
  await page.getByRole('link', { name: TITLE }).click();
  await waitForHeading(page, TITLE);
  const trainingId = page.url().match(/formations\/([0-9a-f-]{36})/)?.[1] ?? '';
  const url = `${base}/trainings/${trainingId}`;
  return { orgId, trainingId, url };
}

async function training(page: Page, url: string) {
  return (await (await page.request.get(url)).json()) as Training;
}

describe.skipIf(skipReason)('network trainings', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator reads the training, enrols a relay and downloads a certificate (1280 px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const { orgId, trainingId, url } = await openTraining(page);
    const before = await training(page, url);
    const people = page.getByRole('list').filter({ hasText: 'Jan Peeters (démo)' });
    await people
      .getByText('Maison de la musique de Liège (démo) · 1/4 demi-journées · 3,5 h')
      .waitFor();
    await page.getByText('Centre social des Bords de Loire').first().waitFor();
    await expectAccessible(page, 'training, 1280 px');
    await screenshot(page, 'training-1280px');

    // A name of this run: the demo server may be shared by several runs.
    const name = `Marie Dubois ${Date.now() % 100_000}`;
    await page.getByLabel('Nom et prénom').fill(name);
    await page
      .getByLabel('Structure membre du réseau')
      .selectOption({ label: 'Ensemble Mosaïque Luxembourg (démo)' });
    await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
    await page.getByText(name).waitFor();
    const after = await training(page, url);
    expect(after.people.length).toBe(before.people.length + 1);
    expect(after.people.find((p) => p.displayName === name)?.organisationName).toBe(
      'Ensemble Mosaïque Luxembourg (démo)',
    );

    const jan = after.people.find((p) => p.displayName === 'Jan Peeters (démo)')!;
    const link = page.getByRole('link', { name: 'Attestation de Jan Peeters (démo) (PDF)' });
    expect(await link.getAttribute('href')).toBe(
      `/api/orgs/${orgId}/trainings/${trainingId}/people/${jan.id}/certificate?locale=fr`,
    );
    const pdf = await page.request.get((await link.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(`/o/${orgId}/formations`);
    await waitForHeading(page, 'Formations');
    await expectAccessible(page, 'trainings, 1280 px');
    await screenshot(page, 'trainings-1280px');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  test('today’s sign-in taken offline on a phone survives a reload and lands once (360 px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const { orgId, trainingId, url } = await openTraining(page);
    await expectAccessible(page, 'training, 360 px');
    await screenshot(page, 'training-360px');
    const before = await training(page, url);
    // Today's morning: the third half-day (last week's two come first).
    const today = before.halfDays[2]!.key;
    const [karim, jan, lena] = [
      'Karim Relais (démo)',
      'Jan Peeters (démo)',
      'Lena Schmit (démo)',
    ].map((name) => before.people.find((p) => p.displayName === name)!);

    await page.getByRole('link', { name: 'Émargement sur téléphone' }).click();
    await waitForHeading(page, 'Émargement');
    await page.getByLabel('Demi-journée').selectOption(today);
    await signButton(page, karim!.id, 'Présent·e').waitFor();
    await page.getByText('Tout est envoyé').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await expectAccessible(page, 'sign-in, online');

    await context.setOffline(true);
    await page.getByText('Hors ligne').first().waitFor();
    await signButton(page, karim!.id, 'Présent·e').click();
    await signButton(page, jan!.id, 'Absent·e').click();
    // Jan came in late: only the last choice counts.
    await signButton(page, jan!.id, 'Présent·e').click();
    await signButton(page, lena!.id, 'Absent·e').click();
    await page.getByText('4 modifications à envoyer').waitFor();
    expect(await page.locator(`li[data-person="${jan!.id}"]`).innerText()).toContain(
      'En attente d’envoi',
    );

    await page.reload();
    await waitForHeading(page, 'Émargement');
    await page.getByText(/Hors ligne : liste enregistrée sur ce téléphone/).waitFor();
    await page.getByLabel('Demi-journée').selectOption(today);
    await expect.poll(() => signButton(page, jan!.id, 'Présent·e').isChecked()).toBe(true);
    await expectAccessible(page, 'sign-in, offline');
    await screenshot(page, 'training-sign-in-offline-360px');
    const queued = await queuedOperations(page);
    expect(queued.map((op) => op.kind)).toEqual(Array(4).fill('trainings.sign'));

    await context.setOffline(false);
    await page.getByText('Tout est envoyé').waitFor({ timeout: 20_000 });
    const after = await training(page, url);
    const signed = (id: string) => after.people.find((p) => p.id === id)!.present.includes(today);
    expect([karim, jan, lena].map((p) => signed(p!.id))).toEqual([true, true, false]);
    const { csrf } = await signedInOrg(page);
    const replay = await page.request.post(`/api/orgs/${orgId}/offline/operations`, {
      headers: { 'x-csrf-token': csrf },
      data: { operations: queued },
    });
    const { results } = (await replay.json()) as { results: OperationResult[] };
    expect(results.map((r) => r.outcome)).toEqual(Array(4).fill('duplicate'));
    await screenshot(page, 'training-sign-in-synced-360px');

    // Karim's certificate now counts three half-days of four.
    const pdf = await page.request.get(
      `/api/orgs/${orgId}/trainings/${trainingId}/people/${karim!.id}/certificate?locale=fr`,
    );
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(after.people.find((p) => p.id === karim!.id)!.present).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
