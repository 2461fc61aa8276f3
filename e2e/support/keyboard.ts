// Keyboard-only helpers: move the focus with Tab and read what holds it.
import type { Page } from 'playwright-core';

/** A short description of the focused element: its tag, name attribute or text. */
export function focusedElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('name') ?? element.getAttribute('aria-label') ?? '';
    return `${element.tagName.toLowerCase()} ${name || (element.textContent ?? '').trim()}`.trim();
  });
}

/** Presses Tab until the focused element matches `selector`; fails after `maxPresses`. */
export async function tabTo(page: Page, selector: string, maxPresses = 25) {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      (wanted) => document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await focusedElement(page)}`);
}

/** True when the focused element draws a focus indicator (an outline or a box shadow). */
export function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none'
    );
  });
}
