// A line to check: 111 people counted 290 km from a toddlers' concert are flagged on the project's
// carbon page with the group to fix and left out of the headline; a coordinator confirms them and
// the headline counts them, then withdraws the confirmation, on a phone (each state seen with axe at 360 and 1280 px).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkAtBothWidths,
  openBrowser,
  openPage,
  phone,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';
import { FAR_GROUP, FAR_PROJECT, FAR_YEAR, projectWithFarAudience } from '../support/carbon-flag';

/** The headline total as the page writes it, in kg ("1 234,5 kg CO2e" → 1234.5). */
async function headline(page: Page) {
  const text = await page.locator('.carbon-figures dd').first().innerText();
  return Number(
    text
      .replace(/kg CO2e/, '')
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(',', '.'),
  );
}

describe.skipIf(skipReason)('a carbon line to check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('is flagged, confirmed into the headline and withdrawn again (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const { orgId, projectId } = await projectWithFarAudience(page);

    await page.goto(`/o/${orgId}/carbon/projects/${projectId}`);
    await waitForHeading(page, `Empreinte carbone\u00a0: ${FAR_PROJECT}`);
    const card = page.getByRole('region', { name: 'À vérifier' });
    const flag = card.locator('.carbon-flag').first();
    await flag
      .getByText(/111 personnes comptées comme venant de Moulins-Engilbert, à \d+ km/)
      .waitFor();
    await expect(
      flag.getByRole('link', { name: `Le groupe «\u00a0${FAR_GROUP}\u00a0»` }).getAttribute('href'),
    ).resolves.toMatch(/\/groups\/[0-9a-f-]{36}$/);
    await page.getByText(/Il laisse de côté 1 ligne à vérifier/).waitFor();
    expect(await page.getByText('à vérifier', { exact: true }).count()).toBeGreaterThan(0);
    const before = await headline(page);
    const leftOut = Number(
      (await flag.getByText(/Laissé de côté du total/).innerText())
        .replace(/.*: ([\d\s\u00a0\u202f,]+) kg.*/, '$1')
        .replace(/[\s\u00a0\u202f]/g, '')
        .replace(',', '.'),
    );
    expect(leftOut).toBeGreaterThan(before);
    await checkAtBothWidths(page, 'carbon-flag', "the project's flag");

    await flag.getByRole('button', { name: 'Confirmer que c’est juste' }).click();
    await flag.getByText(/Confirmé par Karim Benali le .+ : compté dans le total\./).waitFor();
    await page.getByText('Aucune ligne n’est laissée de côté.').waitFor();
    const after = await headline(page);
    expect(after).toBeCloseTo(before + leftOut, 0);
    await checkAtBothWidths(page, 'carbon-flag-confirmed', 'the confirmed flag');

    await flag.getByRole('button', { name: 'Retirer la confirmation' }).click();
    await page.getByText(/Il laisse de côté 1 ligne à vérifier/).waitFor();
    expect(await headline(page)).toBeCloseTo(before, 1);

    // The organisation's year says what its total leaves out, and where to fix it.
    await page.goto(`/o/${orgId}/carbon`);
    await waitForHeading(page, 'Empreinte carbone');
    await page.getByLabel('Année').selectOption(String(FAR_YEAR));
    await page.getByRole('button', { name: 'Afficher' }).click();
    const yearFlags = page.getByRole('region', { name: 'À vérifier' });
    await yearFlags.getByText(/111 personnes comptées comme venant de Moulins-Engilbert/).waitFor();
    await yearFlags.getByRole('link', { name: `Voir le projet ${FAR_PROJECT}` }).waitFor();
    await page.getByText(/Il laisse de côté 1 ligne à vérifier/).waitFor();
    await checkAtBothWidths(page, 'carbon-year-flags', "the organisation's footprint");
    expect(errors).toEqual([]);
    await context.close();
  });
});
