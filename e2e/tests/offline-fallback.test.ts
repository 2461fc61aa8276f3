// Offline without preparation: a page never opened shows an offline message (not the generic
// error) and opens by itself when the network returns; an offline page never opened still opens
// (its code was downloaded at start-up); the bar under the header says since when the network is
// gone and how many changes wait, at 360 and 1280 px.
import type { AttendanceStatus, MyDay } from '@tutti/contracts';
import type { APIRequestContext, Page } from 'playwright-core';
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

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** A past day of the artist with a session of at least two listed participants. */
async function pastDayWithRoster(request: APIRequestContext, orgId: string) {
  for (let offset = 1; offset < 120; offset++) {
    const date = new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
    const day = (await (
      await request.get(`/api/orgs/${orgId}/my-day?date=${date}`)
    ).json()) as MyDay;
    const roster = day.sessions.find(
      // A workshop: a concert's day shows its door, not an attendance sheet to mark.
      (s) =>
        s.session.status !== 'cancelled' &&
        s.session.kind !== 'concert' &&
        s.participants.length >= 2,
    );
    if (roster) return { date, roster };
  }
  throw new Error('No past day with a roster in the demo season');
}

/** What the service worker keeps: page chunks, the account. */
function keptChunks(page: Page) {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(
      names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    return urls.flat();
  });
}

const labels: Record<AttendanceStatus, string> = {
  present: 'Présent·e',
  absent: 'Absent·e',
  excused: 'Excusé·e',
};

describe.skipIf(skipReason)('offline fallback and the pending-count bar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a page never opened offline explains itself; the bar counts what waits (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'artist@demo.test');
    const orgId = page.url().split('/o/')[1]!;
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    // The offline page's chunk is downloaded at start-up, without opening it; the account is kept.
    await expect
      .poll(
        async () => {
          const kept = await keptChunks(page);
          return ['/my-day-page-', '/api/me'].every((part) =>
            kept.some((url) => url.includes(part)),
          );
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const bar = page.getByTestId('offline-status');
    await bar.getByText('Tout est envoyé').waitFor();
    await screenshot(page, 'offline-bar-online-360px', { fullPage: false });

    await context.setOffline(true);
    await bar.getByText(/Hors ligne depuis \d{1,2}:\d{2}/).waitFor();
    // Never opened, and it works offline: it opens, and says the day was not downloaded.
    await page.goto(`/o/${orgId}/my-day?date=2020-01-06`);
    await waitForHeading(page, 'Ma journée');
    await page.getByText('Cette journée n’a pas été téléchargée').waitFor();
    // Never opened, and not an offline page: an offline message, not "an unexpected error".
    await page.goto(`/o/${orgId}/calendar`);
    await waitForHeading(page, 'Page indisponible hors ligne');
    expect(await page.getByText('Une erreur inattendue').count()).toBe(0);
    await expectAccessible(page, 'offline message');
    await screenshot(page, 'offline-page-never-visited-360px', { fullPage: false });
    // The network comes back: the page opens by itself.
    await context.setOffline(false);
    await page
      .getByRole('heading', { level: 1, name: 'Calendrier', exact: true })
      .waitFor({ timeout: 20_000 });

    // A day opened online, then marks taken offline: the bar counts them.
    const { date, roster } = await pastDayWithRoster(page.request, orgId);
    await page.goto(`/o/${orgId}/my-day?date=${date}`);
    await waitForHeading(page, 'Ma journée');
    // The day's roster has arrived (the heading comes first) before the network goes.
    await page
      .locator(`li[data-participant="${roster.participants[0]!.id}"]`)
      .getByRole('radio')
      .first()
      .waitFor();
    await context.setOffline(true);
    const marked = new Map<string, AttendanceStatus>();
    for (const participant of roster.participants.slice(0, 2)) {
      const status: AttendanceStatus =
        participant.mark?.status === 'excused' ? 'absent' : 'excused';
      marked.set(participant.id, status);
      await page
        .locator(`li[data-participant="${participant.id}"]`)
        .getByRole('radio', { name: labels[status], exact: true })
        .click();
    }
    await bar.getByText('2 modifications à envoyer').waitFor();
    await bar.getByText(/Hors ligne depuis \d{1,2}:\d{2}/).waitFor();
    await expectAccessible(page, 'offline bar with pending changes');
    await screenshot(page, 'offline-bar-pending-360px', { fullPage: false });
    await page.setViewportSize(desktop);
    await screenshot(page, 'offline-bar-pending-1280px', { fullPage: false });

    await context.setOffline(false);
    await bar.getByText('Tout est envoyé').waitFor({ timeout: 20_000 });
    await screenshot(page, 'offline-bar-online-1280px', { fullPage: false });
    // The queue drained into the server: it holds both marks.
    const after = (await (
      await page.request.get(`/api/orgs/${orgId}/my-day?date=${date}`)
    ).json()) as MyDay;
    const held = after.sessions
      .find((s) => s.session.id === roster.session.id)!
      .participants.filter((p) => marked.has(p.id))
      .map((p) => [p.id, p.mark?.status] as const);
    expect(new Map(held)).toEqual(marked);
    expect(errors).toEqual([]);
    await context.close();
  });
});
