// Programme operations in the browser: the coordinator's month and project, moving a journey
// session with a preview; the artist's week on a phone and their calendar address; axe everywhere.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

describe.skipIf(skipReason)('programme operations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator reads a month, a project with its budget, and previews moving a journey session', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    await waitForHeading(page, 'Bonjour Karim Benali');
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });

    await menu.getByRole('link', { name: 'Calendrier' }).click();
    await waitForHeading(page, 'Calendrier');
    await page.getByRole('button', { name: 'Mois' }).click();
    await page.getByRole('heading', { level: 2, name: /séances?$/ }).waitFor();
    await expectAccessible(page, 'the month calendar');
    await screenshot(page, 'coordinator-calendar-month-1280px');
    // The view, the month and a filter stay in the address: a reload shows the same calendar.
    await page.getByRole('button', { name: 'Mois suivant' }).click();
    await page.getByLabel('Projet').selectOption({ label: 'Villages en musique — Haut-Nivernais' });
    await page.waitForURL((url) =>
      ['view', 'date', 'projectId'].every((k) => url.searchParams.has(k)),
    );
    // The month shown, without the count (the filtered count may still be on its way).
    const heading = await page.getByRole('heading', { level: 2, name: /séances?$/ }).textContent();
    const month = (heading ?? '').split(' · ')[0]!;
    expect(month).not.toBe('');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${month} · `) }).waitFor();
    // The project list loads on its own: the filter shows once its options are there.
    await page.waitForFunction(() => {
      const filter = document.querySelector<HTMLSelectElement>('select[name="projectId"]');
      return filter !== null && filter.value !== '';
    });
    expect(
      await page.getByRole('button', { name: 'Mois', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');

    await menu.getByRole('link', { name: 'Projets' }).click();
    await waitForHeading(page, 'Projets');
    await page.getByRole('link', { name: 'Villages en musique — Haut-Nivernais' }).click();
    await waitForHeading(page, 'Villages en musique — Haut-Nivernais');
    await page.getByRole('heading', { name: 'Budget' }).waitFor();
    await expect(page.getByRole('row', { name: /Solde/ }).textContent()).resolves.toMatch(/€/);
    await expectAccessible(page, 'a project');
    await screenshot(page, 'coordinator-project-1280px');

    await page.getByRole('link', { name: /^Parcours percussions/ }).click();
    await waitForHeading(page, 'Parcours percussions — CM1-CM2 — école Paul-Bert');
    await page.getByRole('button', { name: /^Déplacer : 2\./ }).click();
    const dialog = page.getByRole('dialog', { name: 'Déplacer la séance' });
    const date = await dialog.getByLabel('Nouvelle date').inputValue();
    const later = new Date(Date.parse(`${date}T12:00:00Z`) + 5 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await dialog.getByLabel('Nouvelle date').fill(later);
    await dialog.getByRole('button', { name: 'Voir l’effet' }).click();
    await dialog.getByRole('heading', { name: 'Effet sur le parcours' }).waitFor();
    // The moved session and every later one of the journey, each with its new date.
    expect(await dialog.locator('.move-result > li').count()).toBe(5);
    await expectAccessible(page, 'the move preview');
    await screenshot(page, 'coordinator-move-preview-1280px', { fullPage: false });

    expect(errors).toEqual([]);
    await context.close();
  });

  test('the artist reads their week on a phone and creates their calendar address', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'artist@demo.test');
    await page.goto(page.url().replace(/\/o\/([^/]+).*/, '/o/$1/calendar'));
    await waitForHeading(page, 'Calendrier');
    await expectAccessible(page, 'the artist calendar at 360px');
    await screenshot(page, 'artist-calendar-360px');

    await page.getByRole('link', { name: 'Agenda sur téléphone' }).click();
    await waitForHeading(page, 'Agenda sur téléphone');
    await page.getByRole('button', { name: 'Créer mon adresse d’agenda' }).click();
    const url = await page.getByLabel('Adresse de l’agenda').inputValue();
    expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await page.request.get(new URL(url).pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await expectAccessible(page, 'the calendar address at 360px');
    await screenshot(page, 'artist-feed-360px');

    expect(errors).toEqual([]);
    await context.close();
  });
});
