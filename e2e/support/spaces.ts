// The demo's journey spaces as the signed-in coordinator's API gives them, for browser tests that
// open a space's public pages.
import type { JourneySpace } from '@tutti/contracts';
import type { Page } from 'playwright-core';
import { json, signedInOrg } from './api-json';

type Summary = { id: string; name: string };

async function demoSpaces(page: Page) {
  const { base, csrf } = await signedInOrg(page);
  const list = await json<{ items: Summary[] }>(
    page.request,
    'GET',
    `${base}/journeys?limit=100`,
    csrf,
  );
  const spaces: JourneySpace[] = [];
  for (const journey of list.items) {
    const space = await json<JourneySpace>(
      page.request,
      'GET',
      `${base}/journeys/${journey.id}/space`,
      csrf,
    );
    if (space.entries.length > 0) spaces.push(space);
  }
  return spaces;
}

/** The demo's spaces once the job queue has processed every one of their files. */
export async function processedSpaces(page: Page) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const spaces = await demoSpaces(page);
    const waiting = spaces.some((space) =>
      space.entries.some((entry) => entry.resource.heldBack.includes('file_not_ready')),
    );
    if (!waiting && spaces.length > 0) return spaces;
    await page.waitForTimeout(1000);
  }
  throw new Error('The demo spaces’ files were not processed in a minute');
}
