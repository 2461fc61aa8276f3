// The demo artist takes attendance on a phone with the network cut, reloads the page (still offline),
// then gets the network back: the server holds every mark once, and a replay changes nothing.
import type { AttendanceOperation, MyDay, OperationResult, SessionRoster } from '@tutti/contracts';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  DEMO_PASSWORD,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';
import { queuedOperations } from '../support/offline-queue';

type Me = { csrfToken: string; memberships: { orgId: string }[] };

const { baseUrl } = inject('e2e');

/** The artist's next day with a session whose roster has nobody marked yet, if the season has one. */
async function unmarkedDay(request: APIRequestContext, orgId: string) {
  for (let offset = 0; offset < 90; offset++) {
    const date = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const day = (await (
      await request.get(`/api/orgs/${orgId}/my-day?date=${date}`)
    ).json()) as MyDay;
    const roster = day.sessions.find(
      (s) =>
        s.session.status !== 'cancelled' &&
        s.participants.length >= 3 &&
        s.participants.every((p) => p.mark === null),
    );
    if (roster) return { date, roster };
  }
  return null;
}

/** Between two seasons (mid-July): the coordinator plans a workshop tomorrow for the artist. */
async function planWorkshopTomorrow(browser: Browser, orgId: string) {
  const context = await browser.newContext({ baseURL: baseUrl ?? undefined });
  const request = context.request;
  const signedIn = await request.post('/api/auth/sign-in', {
    data: { email: 'coordinator@demo.test', password: DEMO_PASSWORD },
  });
  const { csrfToken } = (await signedIn.json()) as Me;
  const list = async <T>(path: string) =>
    ((await (await request.get(`/api/orgs/${orgId}/${path}`)).json()) as { items: T[] }).items;
  const [project] = await list<{ id: string }>('projects?limit=1');
  const artist = (await list<{ id: string; displayName: string }>('artists?limit=200')).find(
    (a) => a.displayName === 'Sophie Laurent',
  );
  const group = (await list<{ id: string; participantCount: number }>('groups?limit=200')).find(
    (g) => g.participantCount >= 3,
  );
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const created = await request.post(`/api/orgs/${orgId}/sessions`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      projectId: project!.id,
      kind: 'workshop_singing',
      startsAtLocal: `${tomorrow}T10:00`,
      durationMin: 60,
      artistIds: [artist!.id],
      groupIds: [group!.id],
      override: { reason: 'Atelier ajouté pour le test hors ligne' },
    },
  });
  expect(created.status()).toBe(201);
  await context.close();
}

function markButton(page: Page, participantId: string, label: string) {
  return page
    .locator(`li[data-participant="${participantId}"]`)
    .getByRole('radio', { name: label, exact: true });
}

describe.skipIf(skipReason)('offline attendance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('marks taken offline survive a reload and reach the server exactly once (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'artist@demo.test');
    const me = (await (await page.request.get('/api/me')).json()) as Me;
    const orgId = me.memberships[0]!.orgId;
    let found = await unmarkedDay(page.request, orgId);
    if (!found) {
      await planWorkshopTomorrow(browser, orgId);
      found = await unmarkedDay(page.request, orgId);
    }
    const { date, roster } = found!;
    const [first, second, third] = roster.participants;

    await page.goto(`/o/${orgId}/my-day?date=${date}`);
    await waitForHeading(page, 'Ma journée');
    await page.getByText('Tout est envoyé').waitFor();
    await markButton(page, first!.id, 'Présent·e').waitFor();
    // The service worker controls the page: the shell can come back without network.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await expectAccessible(page, 'my day, online');

    await context.setOffline(true);
    await page.getByText('Hors ligne').waitFor();
    await markButton(page, first!.id, 'Présent·e').click();
    await markButton(page, second!.id, 'Présent·e').click();
    // Changed on second thought: only the last choice counts.
    await markButton(page, second!.id, 'Absent·e').click();
    await markButton(page, third!.id, 'Excusé·e').click();
    await page.getByText('4 modifications à envoyer').waitFor();
    expect(await page.locator(`li[data-participant="${second!.id}"]`).textContent()).toContain(
      'À envoyer',
    );
    await screenshot(page, 'my-day-offline-360px');

    await page.reload();
    await waitForHeading(page, 'Ma journée');
    await page.getByText(/Journée gardée sur cet appareil/).waitFor();
    await page.getByText('4 modifications à envoyer').waitFor();
    await expect.poll(() => markButton(page, second!.id, 'Absent·e').isChecked()).toBe(true);
    const queued = await queuedOperations<AttendanceOperation>(page);
    expect(queued).toHaveLength(4);

    await context.setOffline(false);
    await page.getByText('Tout est envoyé').waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'my day, synced');
    await screenshot(page, 'my-day-synced-360px');

    const attendance = (await (
      await page.request.get(`/api/orgs/${orgId}/sessions/${roster.session.id}/attendance`)
    ).json()) as SessionRoster;
    const marks = new Map(attendance.participants.map((p) => [p.id, p.mark?.status ?? null]));
    expect([marks.get(first!.id), marks.get(second!.id), marks.get(third!.id)]).toEqual([
      'present',
      'absent',
      'excused',
    ]);
    expect([...marks.values()].filter((status) => status !== null)).toHaveLength(3);

    // Each operation was recorded once: sending them all again is answered "duplicate".
    const replay = await page.request.post(`/api/orgs/${orgId}/offline/operations`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { operations: queued },
    });
    const { results } = (await replay.json()) as { results: OperationResult[] };
    expect(results.map((r) => r.outcome)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await queuedOperations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
