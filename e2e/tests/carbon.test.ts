// Carbon footprint: the demo coordinator opens a project's footprint, compares two scenarios and
// downloads the export on a phone, each page seen (axe, screenshot) at 360 and 1280 px.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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
import { demoProjectWithFootprint } from '../support/carbon-project';

describe.skipIf(skipReason)('the carbon footprint of a demo project', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('is read, its scenarios compared and its trips downloaded (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const { orgId, projectId, name } = await demoProjectWithFootprint(page);

    await page.goto(`/o/${orgId}/carbon`);
    await waitForHeading(page, 'Empreinte carbone');
    await page.getByRole('img', { name: /Empreinte par mois/ }).waitFor();
    await checkAtBothWidths(page, 'carbon-year', 'the yearly footprint');

    await page.goto(`/o/${orgId}/carbon/projects/${projectId}`);
    await waitForHeading(page, `Empreinte carbone\u00a0: ${name}`);
    await page.getByRole('table', { name: /Chaque trajet compté/ }).waitFor();
    expect(await page.getByText('ademe-impactco2-2025').count()).toBeGreaterThan(0);
    await checkAtBothWidths(page, 'carbon-project', "the project's footprint");

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tableau CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^empreinte-carbone-.+\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFDate;Séance;Source;Trajet;')).toBe(true);
    expect(csv).toContain(';ademe-impactco2-2025;');

    await page.getByRole('link', { name: 'Scénarios pour réduire' }).click();
    await waitForHeading(page, `Scénarios\u00a0: ${name}`);
    await page.getByRole('heading', { name: 'Ce qui réduit le plus' }).waitFor();
    await page.getByLabel('Premier scénario').selectOption({ label: 'Situation actuelle' });
    await page.getByLabel('Second scénario').selectOption({ label: 'Voiture électrique' });
    await page.getByRole('button', { name: 'Comparer' }).click();
    await page.getByText(/«\u00a0Voiture électrique\u00a0» émet .+ kg CO2e de moins que/).waitFor();
    await checkAtBothWidths(page, 'carbon-scenarios', 'the scenarios');

    expect(errors).toEqual([]);
    await context.close();
  });
});
