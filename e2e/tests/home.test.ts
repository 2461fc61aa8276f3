// The home page of each role on the demo organisation (the week and what waits, the next session,
// the groups, the season's figures), and a person who signs up on a server without SMTP: the link
// is on the server's console, and their new, empty organisation opens on first steps that tick
// themselves. At 1280 px and 360 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  desktop,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  serverConsole,
  signIn,
  skipReason,
  type Viewport,
  waitForHeading,
} from '../support/browser';

const viewports: [string, Viewport][] = [
  ['1280px', desktop],
  ['360px', phone],
];

/** The page is no wider than the screen (nothing to scroll sideways on a phone). */
async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe.skipIf(skipReason)('the home page of each role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [label, viewport] of viewports) {
    test(`the coordinator reads the next seven days and what waits (${label})`, async () => {
      const { page, errors } = await openPage(browser, viewport);
      await signIn(page, 'coordinator@demo.test');
      await waitForHeading(page, 'Bonjour Karim Benali');
      await page.getByRole('heading', { name: 'Les 7 prochains jours' }).waitFor();
      await page.getByRole('heading', { name: 'À traiter' }).waitFor();
      // The demo organisation has done every first step, and the menu is not repeated as tiles.
      expect(await page.getByRole('heading', { name: 'Premiers pas' }).count()).toBe(0);
      expect(await page.getByText('apparaîtront ici au fil des prochaines versions').count()).toBe(
        0,
      );
      // The demo has conflicting marks from two devices: the line leads to them.
      await page.getByRole('link', { name: /saisies? différemment sur deux appareils/ }).click();
      await waitForHeading(page, 'Conflits de présence');
      await page.goBack();
      await page.getByRole('heading', { name: 'À traiter' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoSideScroll(page);
      await expectAccessible(page, `the coordinator's home at ${label}`);
      await screenshot(page, `home-coordinator-${label}`);
      expect(errors).toEqual([]);
    });

    test(`the admin also reads members, invitations and unsent e-mails (${label})`, async () => {
      const { page } = await openPage(browser, viewport);
      await signIn(page, 'admin@demo.test');
      await waitForHeading(page, 'Bonjour Claire Martin');
      await page.getByRole('heading', { name: 'Administration' }).waitFor();
      await page
        .getByText('courriels non envoyés')
        .or(page.getByText('courriel non envoyé'))
        .waitFor();
      await expectNoSideScroll(page);
      await expectAccessible(page, `the admin's home at ${label}`);
      await screenshot(page, `home-admin-${label}`);
    });

    test(`the artist reads their next session and opens its day (${label})`, async () => {
      const { page } = await openPage(browser, viewport);
      await signIn(page, 'artist@demo.test');
      await waitForHeading(page, 'Bonjour Sophie Laurent');
      const next = page.getByRole('region', { name: 'Votre prochaine séance' });
      await next.waitFor();
      await expect
        .poll(() => next.getByRole('link', { name: 'Ouvrir ma journée' }).count())
        .toBe(1);
      await expectNoSideScroll(page);
      await expectAccessible(page, `the artist's home at ${label}`);
      await screenshot(page, `home-artist-${label}`);
      await next.getByRole('link', { name: 'Ouvrir ma journée' }).click();
      await waitForHeading(page, 'Ma journée');
      expect(page.url()).toMatch(/\/my-day\?date=\d{4}-\d{2}-\d{2}$/);
    });

    test(`the relay reads their groups and what each needs (${label})`, async () => {
      const { page } = await openPage(browser, viewport);
      await signIn(page, 'relay@demo.test');
      await waitForHeading(page, 'Bonjour Julien Moreau');
      const groups = page.getByRole('region', { name: 'Vos groupes' });
      await groups.getByRole('heading', { name: 'CM1-CM2 — école Paul-Bert' }).waitFor();
      await groups
        .getByRole('link', { name: /Recueillir \d+ autorisations? parentales?/ })
        .first()
        .waitFor();
      await expectNoSideScroll(page);
      await expectAccessible(page, `the relay's home at ${label}`);
      await screenshot(page, `home-relay-${label}`);
    });

    test(`the viewer reads the season's key figures (${label})`, async () => {
      const { page } = await openPage(browser, viewport);
      await signIn(page, 'viewer@demo.test');
      await waitForHeading(page, 'Bonjour Nadia Haddad');
      await page.getByRole('heading', { name: 'La saison en chiffres' }).waitFor();
      await page.getByText(/séances? réalisées?/).waitFor();
      await page.getByRole('link', { name: 'Tous les indicateurs sur la page Impact' }).waitFor();
      await expectNoSideScroll(page);
      await expectAccessible(page, `the viewer's home at ${label}`);
      await screenshot(page, `home-viewer-${label}`);
    });
  }
});

describe.skipIf(skipReason || serverConsole() === null)('signing up without SMTP', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the link is on the server console; the new organisation opens on its first steps', async () => {
    const email = `hote.seul.${Date.now()}@example.org`;
    const { page } = await openPage(browser, desktop);
    await page.goto('/sign-up');
    await page.getByLabel('Votre nom').fill('Camille Roche');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('une longue phrase secrète');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await waitForHeading(page, 'Confirmez votre adresse');
    await page
      .getByText('le lien de confirmation est affiché dans la console du serveur')
      .waitFor();
    await expectAccessible(page, 'the sign-up answer without SMTP');
    await screenshot(page, 'sign-up-no-smtp-1280px');

    // The operator's console: the link, and neither the address nor the name.
    let link: string | undefined;
    await expect
      .poll(() => {
        const lines = (serverConsole() ?? '').split('\n');
        link = lines
          .filter((line) => line.startsWith('[no SMTP] confirmation link'))
          .at(-1)
          ?.split(': ')
          .at(-1);
        return link;
      })
      .toMatch(/\/verify-email\?token=/);
    expect(serverConsole()).not.toContain(email);
    expect(serverConsole()).not.toContain('Camille Roche');

    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await waitForHeading(page, 'Créer votre structure');
    await page.getByLabel('Nom de la structure').fill('Chorale des Quatre Vents');
    await page.getByRole('button', { name: 'Créer la structure' }).click();
    await waitForHeading(page, 'Bonjour Camille Roche');
    const steps = page.getByRole('region', { name: 'Premiers pas' });
    await steps.getByText('0 étape faite sur 5').waitFor();
    await page.getByRole('heading', { name: 'Les 7 prochains jours' }).waitFor();
    await expectAccessible(page, 'the home of an empty organisation');
    await screenshot(page, 'home-empty-1280px');
    const orgPath = new URL(page.url()).pathname;

    // A first venue, then the home again: the step ticks itself.
    await steps.getByRole('link', { name: 'Ajoutez vos lieux' }).click();
    await waitForHeading(page, 'Lieux');
    const venue = await page.request.post(`/api${orgPath.replace('/o/', '/orgs/')}/venues`, {
      data: { name: 'Salle des fêtes de Lormes', kind: 'community_hall' },
      headers: { 'x-csrf-token': (await (await page.request.get('/api/me')).json()).csrfToken },
    });
    expect(venue.status()).toBe(201);
    await page.goto(orgPath);
    await steps.getByText('1 étape faite sur 5').waitFor();

    const mobile = await openPage(browser, phone);
    await mobile.context.addCookies(await page.context().cookies());
    await mobile.page.goto(orgPath);
    await mobile.page.getByRole('region', { name: 'Premiers pas' }).waitFor();
    await expectNoSideScroll(mobile.page);
    await expectAccessible(mobile.page, 'the home of an empty organisation at 360px');
    await screenshot(mobile.page, 'home-empty-360px');
  });
});
