// The EcoIndex of a page as Chromium loads it at 360 px (DOM elements, requests, kilobytes
// transferred, each ranked against the published EcoIndex quantiles), and its first contentful
// paint under simulated Slow 3G.
import type { Browser, BrowserContext } from 'playwright-core';

/** Cookies the fresh context starts with: a page behind a one-time link's access. */
type Cookies = Parameters<BrowserContext['addCookies']>[0];

const DOM_QUANTILES = [
  0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801,
  2479, 594601,
];
const REQUEST_QUANTILES = [
  0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920,
];
const KB_QUANTILES = [
  0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27,
  1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4159.27, 5610.6, 9316.53, 194026,
];

/** Where `value` falls among the quantiles, interpolated: 0 (light) to 20 (heavy). */
function quantileRank(quantiles: number[], value: number): number {
  for (let i = 1; i < quantiles.length; i++) {
    const upper = quantiles[i]!;
    const lower = quantiles[i - 1]!;
    if (value < upper) return i - 1 + (value - lower) / (upper - lower);
  }
  return quantiles.length - 1;
}

export function ecoIndexScore(dom: number, requests: number, kb: number): number {
  const weighted =
    (3 * quantileRank(DOM_QUANTILES, dom) +
      2 * quantileRank(REQUEST_QUANTILES, requests) +
      quantileRank(KB_QUANTILES, kb)) /
    6;
  return Math.round((100 - 5 * weighted) * 10) / 10;
}

export type PageWeight = { dom: number; requests: number; kb: number; ecoIndex: number };

export async function measurePageWeight(
  browser: Browser,
  url: string,
  cookies: Cookies = [],
): Promise<PageWeight> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'fr-FR',
  });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let requests = 0;
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', () => {
    requests += 1;
  });
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  const kb = Math.round((bytes / 1024) * 10) / 10;
  return { dom, requests, kb, ecoIndex: ecoIndexScore(dom, requests, kb) };
}

/** Chromium's Slow 3G as the issue states it: 2 s latency, 400 kbit/s each way. */
const SLOW_3G = {
  offline: false,
  latency: 2000,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};

/** First contentful paint in milliseconds, on a fresh (empty-cache) context. */
export async function firstContentfulPaintOnSlow3g(
  browser: Browser,
  url: string,
  cookies: Cookies = [],
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'fr-FR',
  });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return Math.round(fcp);
}
