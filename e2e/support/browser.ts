// What every browser test needs: a browser, French-speaking pages, axe checks and screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from './chromium';

export const DEMO_PASSWORD = 'tutti-demo-password';
export const screenshotsDir = fileURLToPath(new URL('../screenshots', import.meta.url));

const { baseUrl, skipReason, consoleFile } = inject('e2e');

/** Set when the browser tests cannot run here; the suites are then skipped. */
export { skipReason };

/** What the server started for the run printed on its console; null for a server you run. */
export function serverConsole(): string | null {
  return consoleFile ? readFileSync(consoleFile, 'utf8') : null;
}

export type Viewport = { width: number; height: number };
export const phone: Viewport = { width: 360, height: 740 };
export const desktop: Viewport = { width: 1280, height: 800 };

export type TestPage = { page: Page; context: BrowserContext; errors: string[] };

export async function openBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A fresh context (no cookies, no storage) whose browser prefers French, like most users. */
export async function openPage(browser: Browser, viewport: Viewport = desktop): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL: baseUrl ?? undefined,
    viewport,
    locale: 'fr-FR',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

/** Runs axe (WCAG 2.1 A and AA rules) and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect(blocking, `axe on ${where}`).toEqual([]);
}

/** The whole page by default; `fullPage: false` for what is on screen (an open drawer). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage });
}

/**
 * The screen as it is now, at 360 px and at 1280 px: axe at both widths and a screenshot named
 * `<name>-360px` and `<name>-1280px`, so that a flow walked once is seen at both widths. The
 * page is left at the width it had.
 */
export async function checkAtBothWidths(page: Page, name: string, what: string) {
  const before = page.viewportSize();
  for (const [label, viewport] of [
    ['360px', phone],
    ['1280px', desktop],
  ] as const) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${what} at ${label}`);
    await screenshot(page, `${name}-${label}`);
  }
  if (before) await page.setViewportSize(before);
}

export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
}

/** Waits until the page's <h1> reads `name` (exactly). */
export async function waitForHeading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

export async function waitForLang(page: Page, lang: string) {
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
}
