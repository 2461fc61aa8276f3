// People without accounts, on a phone: a guardian asks for a link on the families page, the
// link is read in the outbox, and opens "Mes enfants"; a group's secret link opens its page.
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

const FAMILY = 'famille.demo@demo.test';

describe.skipIf(skipReason)('people without accounts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a guardian goes from the request form to their children’s page at 360 px, and a group opens its shared page', async () => {
    const guardian = await openPage(browser, phone);
    await guardian.page.goto('/p/musique-en-chemins/familles');
    await waitForHeading(guardian.page, 'Espace familles');
    await expectAccessible(guardian.page, 'the families page');
    await screenshot(guardian.page, 'guest-families-360px');
    await guardian.page.getByLabel('Adresse e-mail').fill(FAMILY);
    await guardian.page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await waitForHeading(guardian.page, 'Vérifiez votre messagerie');

    // The organisation has no SMTP: the admin finds the message in the outbox.
    const admin = await openPage(browser, desktop);
    await signIn(admin.page, 'admin@demo.test');
    const me = await (await admin.page.request.get('/api/me')).json();
    const orgId: string = me.memberships[0].orgId;
    let linkPath: string | undefined;
    for (let attempt = 0; attempt < 50 && !linkPath; attempt++) {
      const outbox = await (await admin.page.request.get(`/api/orgs/${orgId}/outbox`)).json();
      const message = outbox.items.find((m: { toAddress: string }) => m.toAddress === FAMILY);
      linkPath = /\/p\/_\/acces\/[\w-]{43}/.exec(message?.bodyText ?? '')?.[0];
      if (!linkPath) await admin.page.waitForTimeout(200);
    }
    expect(linkPath).toBeDefined();

    await guardian.page.goto(linkPath!);
    await waitForHeading(guardian.page, 'Ouvrir votre espace');
    await expectAccessible(guardian.page, 'the page of a one-time link');
    await guardian.page.getByRole('button', { name: 'Continuer' }).click();
    await guardian.page.waitForURL('**/p/_/mes-enfants');
    await waitForHeading(guardian.page, 'Mes enfants');
    expect(await guardian.page.locator('section.card').count()).toBe(2);
    await guardian.page.getByRole('heading', { name: 'Prochaines séances' }).first().waitFor();
    await expectAccessible(guardian.page, 'Mes enfants');
    await screenshot(guardian.page, 'guest-children-360px');
    await guardian.page.setViewportSize(desktop);
    await screenshot(guardian.page, 'guest-children-1280px');

    // The link served once.
    await guardian.page.goto(linkPath!);
    await guardian.page.getByRole('button', { name: 'Continuer' }).click();
    await waitForHeading(guardian.page, 'Ce lien n’est plus valable');
    await guardian.page.goto('/p/_/mes-enfants');
    await guardian.page.getByRole('button', { name: 'Me déconnecter' }).click();
    await waitForHeading(guardian.page, 'Vous êtes déconnecté');

    // The demo group with a share link: its card on the group page, then its public page.
    const groups = await (
      await admin.page.request.get(`/api/orgs/${orgId}/groups?limit=100`)
    ).json();
    let shared: { groupId: string; url: string } | undefined;
    for (const group of groups.items as { id: string }[]) {
      const links = await (
        await admin.page.request.get(`/api/orgs/${orgId}/groups/${group.id}/share-links`)
      ).json();
      const current = links.items.find((l: { revokedAt: string | null }) => !l.revokedAt);
      if (current) {
        shared = { groupId: group.id, url: current.url };
        break;
      }
    }
    expect(shared).toBeDefined();
    await admin.page.goto(`/o/${orgId}/groups/${shared!.groupId}`);
    await admin.page.getByRole('heading', { name: 'Lien de partage du groupe' }).waitFor();
    await admin.page.getByRole('img', { name: 'QR code du lien de partage' }).waitFor();
    await expectAccessible(admin.page, 'the group page with its share link');
    await screenshot(admin.page, 'group-share-link-1280px');

    const visitor = await openPage(browser, phone);
    await visitor.page.goto(new URL(shared!.url).pathname);
    await visitor.page.getByRole('heading', { level: 1, name: /le programme$/ }).waitFor();
    await visitor.page.getByText('Le Petit Bal perdu', { exact: false }).waitFor();
    await expectAccessible(visitor.page, 'a group’s shared page');
    await screenshot(visitor.page, 'group-shared-page-360px');
    expect([...guardian.errors, ...admin.errors, ...visitor.errors]).toEqual([]);
  });
});
