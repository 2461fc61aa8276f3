// The choir's conductor side in a browser: the coordinator opens the choir, reads the readiness
// grid and records a singer leaving (and coming back); takes a rehearsal's roll call on a phone
// with the network cut (a reload keeps it), and the marks reach the server once the network is
// back; the demo section leader (artist) approves a singer's recording from the checking queue
// and reads their part's learning grid, lends a printed score to an alto and takes it back.
// Axe on each page, screenshots at 360 and 1280 px.
import type { ChoirRoster, OperationResult } from '@tutti/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signedInOrg } from '../support/api-json';
import {
  checkAtBothWidths,
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

const CHOIR = 'Chœur Passerelles pour la Paix';

function markButton(page: Page, memberId: string, label: string) {
  return page
    .locator(`li[data-member="${memberId}"]`)
    .getByRole('radio', { name: label, exact: true });
}

async function openChoir(page: Page) {
  const { orgId } = await signedInOrg(page);
  await page.goto(`/o/${orgId}/choirs`);
  await waitForHeading(page, 'Chœurs');
  await page.getByRole('link', { name: 'Direction', exact: true }).click();
  await waitForHeading(page, CHOIR);
  const grid = page.getByRole('table', { name: 'Préparation par pièce et pupitre' });
  await grid.getByRole('rowheader', { name: 'Dona nobis pacem' }).waitFor();
  return { orgId, grid };
}

describe.skipIf(skipReason)('choir, conductor side', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator reads the readiness grid, alerts and roster at 1280 px', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const { grid } = await openChoir(page);
    // Eight parts as columns, twelve pieces as rows, a share written in each cell.
    expect(await grid.getByRole('columnheader').allInnerTexts()).toEqual([
      'Pièce',
      'S1',
      'S2',
      'A1',
      'A2',
      'T1',
      'T2',
      'B1',
      'B2',
    ]);
    expect(await grid.getByRole('rowheader').count()).toBe(12);
    expect(await grid.locator('td').first().innerText()).toMatch(/\d+\s%/);
    await page.getByRole('heading', { name: 'Pupitres en danger' }).waitFor();
    await page.getByRole('heading', { name: 'Prochaines répétitions' }).waitFor();
    // Age bands, never a birth date.
    await page.getByText('65 ans et plus').first().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\d{2}\/\d{2}\/(19|20)\d{2}/);
    await expectAccessible(page, 'conductor page, 1280 px');
    await screenshot(page, 'choir-conductor-1280px');

    // A singer leaves on a day: out of the roster, under those who left; then comes back.
    const leave = page.getByRole('button', { name: /^Départ…/ }).first();
    const name = (await leave.innerText()).replace(/^Départ…\s*/, '').trim();
    await leave.click();
    const dialog = page.getByRole('dialog', { name: `Départ de ${name}` });
    await dialog.getByLabel('Date de départ').waitFor();
    await expectAccessible(page, 'leaving dialog');
    await dialog.getByRole('button', { name: 'Enregistrer le départ' }).click();
    const back = page.getByRole('button', { name: `Revient ${name}` });
    await back.waitFor();
    await back.click();
    await back.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the roll call taken offline on a phone survives a reload and syncs once (360 px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const { orgId } = await openChoir(page);
    await expectAccessible(page, 'conductor page, 360 px');
    await screenshot(page, 'choir-conductor-360px');

    await page
      .getByRole('link', { name: /^Faire l’appel/ })
      .first()
      .click();
    await waitForHeading(page, 'Appel de la répétition');
    const [, choirId, rehearsalId] =
      page.url().match(/choirs\/([0-9a-f-]{36})\/rehearsals\/([0-9a-f-]{36})/) ?? [];
    const rosterUrl = `/api/orgs/${orgId}/choirs/${choirId}/rehearsals/${rehearsalId}/roster`;
    const before = (await (await page.request.get(rosterUrl)).json()) as ChoirRoster;
    const [first, second, third] = before.singers.filter((s) => s.status === null);
    await markButton(page, first!.memberId, 'Présent·e').waitFor();
    await page.getByText('Tout est envoyé').waitFor();
    // The service worker controls the page: the shell can come back without network.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await expectAccessible(page, 'roll call, online');

    await context.setOffline(true);
    await page.getByText('Hors ligne').waitFor();
    await markButton(page, first!.memberId, 'Présent·e').click();
    await markButton(page, second!.memberId, 'Présent·e').click();
    // Changed on second thought: only the last choice counts.
    await markButton(page, second!.memberId, 'Absent·e').click();
    await markButton(page, third!.memberId, 'Excusé·e').click();
    await page.getByText('4 modifications à envoyer').waitFor();
    expect(await page.locator(`li[data-member="${second!.memberId}"]`).innerText()).toContain(
      'À envoyer',
    );

    await page.reload();
    await waitForHeading(page, 'Appel de la répétition');
    await page.getByText(/Pas de réseau\s:\sliste gardée sur ce téléphone/).waitFor();
    await page.getByText('4 modifications à envoyer').waitFor();
    await expect.poll(() => markButton(page, second!.memberId, 'Absent·e').isChecked()).toBe(true);
    await expectAccessible(page, 'roll call, offline');
    await screenshot(page, 'choir-roll-call-offline-360px');
    const queued = await queuedOperations(page);
    expect(queued.map((op) => op.kind)).toEqual([
      'choirs.attend',
      'choirs.attend',
      'choirs.attend',
      'choirs.attend',
    ]);

    await context.setOffline(false);
    await page.getByText('Tout est envoyé').waitFor({ timeout: 20_000 });
    const after = (await (await page.request.get(rosterUrl)).json()) as ChoirRoster;
    const status = new Map(after.singers.map((s) => [s.memberId, s.status]));
    expect([first, second, third].map((s) => status.get(s!.memberId))).toEqual([
      'present',
      'absent',
      'excused',
    ]);
    expect(
      after.singers.filter((s) => s.status !== null).length -
        before.singers.filter((s) => s.status !== null).length,
    ).toBe(3);
    // Each operation was applied once: sending them all again is answered "duplicate".
    const { csrf } = await signedInOrg(page);
    const replay = await page.request.post(`/api/orgs/${orgId}/offline/operations`, {
      headers: { 'x-csrf-token': csrf },
      data: { operations: queued },
    });
    const { results } = (await replay.json()) as { results: OperationResult[] };
    expect(results.map((r) => r.outcome)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    await screenshot(page, 'choir-roll-call-synced-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the section leader approves a recording and opens a roll call with their part first (360 px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'artist@demo.test');
    const { orgId } = await signedInOrg(page);
    await page.goto(`/o/${orgId}/choirs`);
    await waitForHeading(page, 'Chœurs');
    await page.getByRole('link', { name: 'Enregistrements à vérifier' }).click();
    await waitForHeading(page, 'Enregistrements à vérifier');
    const pendingHeading = page.getByRole('heading', { name: /\d+ enregistrements? à vérifier/ });
    const pendingBefore = Number((await pendingHeading.innerText()).match(/\d+/)![0]);
    expect(pendingBefore).toBeGreaterThan(0);
    await expectAccessible(page, 'checking queue');
    await screenshot(page, 'choir-checking-360px');

    const item = page
      .locator('li.item')
      .filter({ has: page.getByRole('button', { name: 'Valider' }) })
      .first();
    const title = await item.getByRole('heading').innerText();
    const singer = title.split(' — ')[0]!;
    await item.getByLabel('Votre commentaire (facultatif)').fill('Très juste, bravo !');
    await item.getByRole('button', { name: 'Valider' }).click();
    await page
      .getByText(new RegExp(`Validé\\s:\\s${singer} est prêt·e sur «\\sDona nobis pacem\\s»`))
      .waitFor();
    const checked = page.getByRole('region', { name: 'Déjà vérifiés' });
    await checked.getByText(title).first().waitFor();
    await checked
      .getByText(/Commentaire\s:\sTrès juste, bravo !/)
      .first()
      .waitFor();
    if (pendingBefore > 1) {
      expect(Number((await pendingHeading.innerText()).match(/\d+/)![0])).toBe(pendingBefore - 1);
    }
    await expectAccessible(page, 'checking queue after a verdict');
    await screenshot(page, 'choir-checking-done-360px');

    // Their part's learning grid, readable on the phone.
    await page.getByRole('link', { name: 'Apprentissage par choriste' }).click();
    await waitForHeading(page, 'Apprentissage par choriste');
    const learning = page.getByRole('region', { name: /^Choristes et pièces, pupitre A1/ });
    await learning.getByRole('cell', { name: 'Prêt·e', exact: true }).first().waitFor();
    expect(await learning.getByRole('columnheader').count()).toBe(13);
    await checkAtBothWidths(page, 'choir-learning', 'learning grid');

    // Printed copies: the leader lends an Ave verum to one of their altos, then takes it back.
    await page.goto(`/o/${orgId}/choirs`);
    await waitForHeading(page, 'Chœurs');
    await page.getByRole('link', { name: 'Partitions prêtées' }).click();
    await waitForHeading(page, 'Partitions prêtées');
    await page.getByRole('row', { name: /Hymne à la joie/ }).waitFor();
    const lendForm = page.getByRole('form', { name: 'Prêter des partitions' });
    const pieceField = lendForm.getByLabel('Pièce');
    const aveVerum = pieceField.locator('option', { hasText: 'Ave verum corpus' });
    await pieceField.selectOption((await aveVerum.getAttribute('value'))!);
    const borrower = (
      await lendForm.getByLabel('Choriste').locator('option:checked').innerText()
    ).replace(/ \(A1\)$/, '');
    await lendForm.getByRole('button', { name: 'Prêter' }).click();
    await page
      .getByText(`1 exemplaire de « Ave verum corpus » prêté à ${borrower.split(' ')[0]}.`)
      .waitFor();
    await checkAtBothWidths(page, 'choir-scores', 'score copies');
    const lentLine = page
      .locator('.scores-loans li')
      .filter({ hasText: 'Ave verum corpus' })
      .first();
    await lentLine.getByRole('button', { name: /^Rendu/ }).click();
    await expect
      .poll(() => page.locator('.scores-loans li', { hasText: 'Ave verum corpus' }).count())
      .toBe(0);

    // The section leader calls the roll of their own site's rehearsals, their part first.
    await page.goto(`/o/${orgId}/choirs`);
    await waitForHeading(page, 'Chœurs');
    await page.getByRole('link', { name: 'Faire l’appel' }).click();
    await waitForHeading(page, 'Faire l’appel');
    await expectAccessible(page, 'rehearsals to call');
    await page.getByRole('list', { name: 'Faire l’appel' }).getByRole('link').first().click();
    await waitForHeading(page, 'Appel de la répétition');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe('A1 — Alto 1');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator writes to one part in French, English and German (360 px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    await openChoir(page);
    await page.getByRole('link', { name: 'Écrire aux choristes' }).click();
    await waitForHeading(page, 'Écrire aux choristes');
    // The whole choir first: 250 singers, fewer reached (no e-mail wanted, no address).
    const singers = page.getByRole('region', { name: 'Destinataires' });
    await singers.getByText('250', { exact: true }).waitFor();
    await singers.getByRole('radio', { name: 'Un pupitre', exact: true }).click();
    await page.getByLabel('Pupitre', { exact: true }).selectOption({ label: 'A1 — Alto 1' });
    await singers.getByText('36', { exact: true }).waitFor();
    const send = page.getByRole('button', { name: /^Envoyer \(\d+ e-mails?\)$/ });
    const addresses = Number((await send.innerText()).match(/\d+/)![0]);
    expect(addresses).toBeGreaterThan(0);

    const french = page.getByRole('group', { name: 'Français (obligatoire)' });
    await french.getByLabel('Objet', { exact: true }).fill('Répétition de pupitre samedi');
    await french.getByLabel('Texte').fill('Nous reprenons « Dona nobis pacem » mesure 24.');
    const english = page.getByRole('group', { name: /^Anglais/ });
    await english.getByLabel('Objet', { exact: true }).fill('Section rehearsal on Saturday');
    await english.getByLabel('Texte').fill('We go over “Dona nobis pacem” from bar 24.');
    const german = page.getByRole('group', { name: /^Allemand/ });
    await german.getByLabel('Objet', { exact: true }).fill('Stimmprobe am Samstag');
    await german.getByLabel('Texte').fill('Wir proben „Dona nobis pacem“ ab Takt 24.');
    await expectAccessible(page, 'message page');
    await send.click();
    await page
      .getByText(new RegExp(`Message envoyé\\s:\\s${addresses} e-mails? mis dans la boîte d’envoi`))
      .waitFor();
    // The form is emptied for the next message.
    expect(await french.getByLabel('Objet', { exact: true }).inputValue()).toBe('');
    await screenshot(page, 'choir-message-sent-360px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
