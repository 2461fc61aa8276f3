// An admin invites someone to join; the invitation is read in the outbox; the invited person opens
// the link (as e-mailed before the rename too) in another browser, creates an account and joins.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  expectAccessible,
  openBrowser,
  openPage,
  screenshot,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';

describe.skipIf(skipReason)('inviting a new member', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the invited person creates an account from the e-mailed link and joins as an artist', async () => {
    const admin = await openPage(browser);
    const { page } = admin;
    await signIn(page, 'admin@demo.test');
    await waitForHeading(page, 'Bonjour Claire Martin');
    const me = await (await page.request.get('/api/me')).json();
    const { orgId, orgName } = me.memberships[0];

    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await navigation.getByRole('link', { name: 'Invitations' }).click();
    await waitForHeading(page, 'Invitations');
    const invitee = `ines.garnier.${Date.now()}@example.org`;
    await page.getByLabel('Adresse e-mail').fill(invitee);
    await page.getByLabel('Rôle').selectOption('artist');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(`Invitation envoyée à ${invitee}.`).waitFor();
    await page.getByRole('heading', { name: invitee }).waitFor();
    await expectAccessible(page, 'the invitations page');
    await screenshot(page, 'admin-invitations-1280px');

    await navigation.getByRole('link', { name: 'Courriels' }).click();
    await waitForHeading(page, 'Courriels');
    const message = page.getByRole('listitem').filter({ hasText: `À ${invitee}` });
    await message.getByText('Lire le message').click();
    const link = message.getByRole('link', { name: /\/member-invitations\// });
    const invitationPath = new URL((await link.getAttribute('href')) ?? '').pathname;
    expect(invitationPath).toMatch(/^\/member-invitations\/[A-Za-z0-9_-]+$/);
    await expectAccessible(page, 'the outbox with a message open');
    await screenshot(page, 'admin-outbox-1280px');

    // The invited person is not signed in and has no account: a fresh browser context. The link
    // takes the form e-mailed before invitations to join were called member invitations.
    const guest = await openPage(browser);
    await guest.page.goto(invitationPath.replace(/^\/member-invitations\//, '/invitations/'));
    await guest.page.waitForURL(`**${invitationPath}`);
    await waitForHeading(guest.page, 'Invitation');
    await guest.page
      .getByText(
        `${orgName} vous invite à rejoindre Tutti. Rôle proposé\u00a0: Artiste intervenant·e.`,
      )
      .waitFor();
    expect(await guest.page.getByLabel('Adresse e-mail').inputValue()).toBe(invitee);
    await expectAccessible(guest.page, 'the invitation page');
    await screenshot(guest.page, 'invitation-1280px');

    await guest.page.getByLabel('Votre nom').fill('Inès Garnier');
    await guest.page.getByLabel('Mot de passe').fill('une longue phrase secrète');
    await guest.page.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();
    await guest.page.waitForURL(`**/o/${orgId}`);
    await waitForHeading(guest.page, 'Bonjour Inès Garnier');
    await guest.page.getByText('votre rôle\u00a0: Artiste intervenant·e').waitFor();
    await expectAccessible(guest.page, 'the new member’s dashboard');

    // The admin now sees the new member.
    await navigation.getByRole('link', { name: 'Membres' }).click();
    await waitForHeading(page, 'Membres');
    await page.getByRole('heading', { name: 'Inès Garnier' }).waitFor();

    expect(admin.errors).toEqual([]);
    expect(guest.errors).toEqual([]);
    await admin.context.close();
    await guest.context.close();
  });
});
