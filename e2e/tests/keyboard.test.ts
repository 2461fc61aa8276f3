// Keyboard-only use: reach and submit the sign-in form, skip to the content, use the account menu.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEMO_PASSWORD,
  expectAccessible,
  openBrowser,
  openPage,
  skipReason,
  waitForHeading,
} from '../support/browser';
import { focusedElement, focusIsVisible, tabTo } from '../support/keyboard';

describe.skipIf(skipReason)('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('reaches and submits the sign-in form, lands on the heading, and signs out', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto('/sign-in');
    await waitForHeading(page, 'Connexion');

    // The first Tab reaches the skip link, which shows itself when focused.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('a Aller au contenu');
    const skipLink = await page.getByRole('link', { name: 'Aller au contenu' }).boundingBox();
    expect(skipLink?.y).toBeGreaterThanOrEqual(0);

    await tabTo(page, 'input[name="email"]');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('artist@demo.test');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('input password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
    await waitForHeading(page, 'Bonjour Sophie Laurent');
    // After the navigation the focus moves to the new page's heading, which screen readers read.
    expect(await focusedElement(page)).toBe('h1 Bonjour Sophie Laurent');
    await expectAccessible(page, 'the artist dashboard');

    // The skip link moves the focus past the header to the main content.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'a.skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // The account menu opens with Enter, closes with Escape and gives the focus back.
    await tabTo(page, 'button[aria-controls]:has(.user-menu__avatar)');
    await page.keyboard.press('Enter');
    const signOut = page.getByRole('button', { name: 'Se déconnecter' });
    await signOut.waitFor();
    await page.keyboard.press('Escape');
    await signOut.waitFor({ state: 'hidden' });
    expect(await focusedElement(page)).toMatch(/^button .*Mon compte$/);

    await page.keyboard.press('Enter');
    await tabTo(page, '.user-menu .popover button');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sign-in');
    await waitForHeading(page, 'Connexion');

    expect(errors).toEqual([]);
    await context.close();
  });
});
