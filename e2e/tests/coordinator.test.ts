// The foundation's "done when": the demo coordinator signs in, reads the dashboard in the three
// languages, and signs out, on a phone and on a desktop, with axe on every page visited.
import type { Browser, Page } from 'playwright-core';
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
  type Viewport,
  waitForHeading,
  waitForLang,
} from '../support/browser';

const languages = [
  { button: 'English', lang: 'en', heading: 'Hello Karim Benali', title: 'Dashboard' },
  { button: 'Deutsch', lang: 'de', heading: 'Hallo Karim Benali', title: 'Übersicht' },
  { button: 'Français', lang: 'fr', heading: 'Bonjour Karim Benali', title: 'Tableau de bord' },
];

/** The menu's links; on a phone the menu sits in a drawer behind the "Menu" button. */
async function menuLinks(page: Page, viewport: Viewport, label: string) {
  if (viewport === phone) {
    await page.getByRole('button', { name: 'Menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.waitFor();
    await expectAccessible(page, `the menu drawer at ${label}`);
    await screenshot(page, `coordinator-menu-${label}`, { fullPage: false });
  }
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
}

describe.skipIf(skipReason)('the demo coordinator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [label, viewport] of [
    ['1280px', desktop],
    ['360px', phone],
  ] as const) {
    test(`signs in, sees the dashboard in French, English and German, and signs out (${label})`, async () => {
      const { page, context, errors } = await openPage(browser, viewport);

      await page.goto('/');
      await page.waitForURL('**/sign-in');
      await waitForHeading(page, 'Connexion');
      expect(await page.title()).toBe('Connexion · Tutti');
      await expectAccessible(page, `sign-in at ${label}`);
      await screenshot(page, `sign-in-${label}`);

      await signIn(page, 'coordinator@demo.test');
      await waitForHeading(page, 'Bonjour Karim Benali');
      await page.getByText('votre rôle\u00a0: Coordinateur·rice').waitFor();
      await page.getByRole('heading', { name: 'Les 7 prochains jours' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(await page.title()).toMatch(/^Tableau de bord · .+ · Tutti$/);
      await expectAccessible(page, `dashboard at ${label}`);
      await screenshot(page, `coordinator-dashboard-fr-${label}`);

      // A coordinator's menu holds only what exists for the role, under its headings.
      const links = await menuLinks(page, viewport, label);
      expect(await links.allInnerTexts()).toEqual([
        'Tableau de bord',
        'Calendrier',
        'Projets',
        'Tournées',
        'Parcours',
        'Partenaires',
        'Lieux',
        'Médias',
        'Artistes',
        'Groupes',
        'Participant·es',
        'Territoires',
        'Présences',
        'Chœurs',
        'Annuaire',
        'Places offertes',
        'Appels à candidatures',
        'Mon jury',
        'Billetterie',
        'Empreinte carbone',
        'Impact',
        'Enquêtes',
        'Rapports',
        'Réseaux',
        'Formations',
        'Membres',
      ]);
      const menu = page.getByRole('navigation', { name: 'Navigation principale' });
      for (const heading of ['Programmation', 'Publics', 'Concerts et appels', 'Mesurer']) {
        await menu.getByRole('list', { name: heading }).waitFor();
      }
      await links.filter({ hasText: 'Membres' }).click();
      await waitForHeading(page, 'Membres');
      await page.getByRole('heading', { name: 'Karim Benali' }).waitFor();
      await expectAccessible(page, `members at ${label}`);
      await screenshot(page, `coordinator-members-${label}`);
      await (await menuLinks(page, viewport, label)).filter({ hasText: 'Tableau de bord' }).click();
      await waitForHeading(page, 'Bonjour Karim Benali');

      for (const { button, lang, heading, title } of languages) {
        const saved = page.waitForResponse(
          (response) =>
            response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
        );
        await page.getByRole('button', { name: button }).click();
        await waitForLang(page, lang);
        await waitForHeading(page, heading);
        expect((await saved).status()).toBe(200);
        expect(await page.getByRole('button', { name: button }).getAttribute('aria-pressed')).toBe(
          'true',
        );
        expect(await page.title()).toMatch(new RegExp(`^${title} · `));
        // The account remembers the language, not only this browser.
        const me = await (await page.request.get('/api/me')).json();
        expect(me.user.locale).toBe(lang);
        await expectAccessible(page, `dashboard in ${lang} at ${label}`);
        await screenshot(page, `coordinator-dashboard-${lang}-${label}`);
      }

      await page.getByRole('button', { name: /Mon compte/ }).click();
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL('**/sign-in');
      await waitForHeading(page, 'Connexion');
      expect((await page.request.get('/api/me')).status()).toBe(401);

      expect(errors).toEqual([]);
      await context.close();
    }, 120_000); // Five pages, each checked by axe, in three languages.
  }
});
