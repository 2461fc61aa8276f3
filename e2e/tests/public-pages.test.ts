// The public pages a visitor opens from a QR code or a newspaper link: for each kind (the
// organisation, an event), the EcoIndex inputs at 360 px, first paint on Slow 3G, axe, reading
// with JavaScript off, no console error (CSP), and screenshots at 360 and 1280 px; then the
// admin's settings with publishing on.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
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
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../support/page-weight';

const baseUrl = inject('e2e').baseUrl ?? '';

/** One page of each kind, found in the sitemap as a search engine would. */
async function pagesOfEachKind() {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const organisation = urls.find((url) => /\/p\/musique-en-chemins$/.test(url));
  const event = urls.find((url) => /\/p\/musique-en-chemins\/e\/[a-z0-9]+$/.test(url));
  if (!organisation || !event) throw new Error(`No demo public pages in the sitemap: ${urls}`);
  // Same server, whatever address it announces.
  const local = (url: string) => `${baseUrl}${new URL(url).pathname}`;
  return { organisation: local(organisation), event: local(event) };
}

describe.skipIf(skipReason)('public pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('every kind is light (EcoIndex A), paints within 3 s on Slow 3G, is accessible and reads without JavaScript', async () => {
    const pages = await pagesOfEachKind();
    for (const [kind, url] of Object.entries(pages)) {
      const weight = await measurePageWeight(browser, url);
      const fcp = await firstContentfulPaintOnSlow3g(browser, url);
      console.log(
        `public page ${kind}: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
      );
      expect(weight.ecoIndex, `EcoIndex of ${kind}`).toBeGreaterThanOrEqual(80);
      expect(fcp, `first contentful paint of ${kind} on Slow 3G`).toBeLessThan(3000);

      for (const viewport of [phone, desktop]) {
        const { page, context, errors } = await openPage(browser, viewport);
        // A Content-Security-Policy refusal shows as a console error.
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(url);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (viewport === phone) await expectAccessible(page, `the ${kind} public page`);
        await screenshot(page, `public-${kind}-${viewport.width}px`);
        expect(errors).toEqual([]);
        await context.close();
      }

      const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
      const page = await noScript.newPage();
      await page.goto(url);
      await expect(page.locator('html')).toBeDefined();
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');
      // The language switch works as plain links.
      await page.getByRole('link', { name: 'English' }).click();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await noScript.close();
    }
  });

  test('the admin sees the public page turned on, with its address and QR code (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'admin@demo.test');
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/settings`);
    await waitForHeading(page, 'Paramètres de la structure');
    await expect.poll(() => page.getByLabel('Publier la page publique').isChecked()).toBe(true);
    await page.getByRole('img', { name: 'QR code de la page publique' }).waitFor();
    await expectAccessible(page, 'the settings with the public page');
    await screenshot(page, 'public-settings-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
