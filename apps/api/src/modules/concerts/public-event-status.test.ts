// A concert's public page tells search engines what became of it: schema.org eventStatus follows
// the session (scheduled, moved after publication with the start first announced, cancelled).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert } from '../../testing/concert-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin'], 'Musique en Chemins');
});
afterAll(() => t.close());

async function jsonLdOf(slug: string, code: string) {
  const response = await t.app.inject({ method: 'GET', url: `/p/${slug}/e/${code}` });
  expect(response.statusCode).toBe(200);
  return JSON.parse(
    response.body.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!,
  ) as Record<string, unknown>;
}

describe("a concert's eventStatus", () => {
  it('reads scheduled, then rescheduled with the start first announced once moved, then cancelled', async () => {
    const concert = await buildPublishedConcert(t, org, {
      capacity: 50,
      tariffs: [{ kind: 'free', priceCents: 0 }],
      startsAtLocal: '2099-05-14T20:30',
    });
    const first = await jsonLdOf(concert.slug, concert.code);
    expect(first).toMatchObject({
      '@type': 'MusicEvent',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(first.previousStartDate).toBeUndefined();

    const sessionUrl = `/api/orgs/${org.id}/sessions/${concert.sessionId}`;
    const moved = await org.members.admin.patch(sessionUrl, { startsAtLocal: '2099-05-21T20:30' });
    expect(moved.status).toBe(200);
    const rescheduled = await jsonLdOf(concert.slug, concert.code);
    expect(rescheduled).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: first.startDate,
      startDate: '2099-05-21T18:30:00.000Z',
    });

    const cancelled = await org.members.admin.post(`${sessionUrl}/cancel`, {
      reason: 'Salle inondée',
    });
    expect(cancelled.status).toBe(200);
    expect(await jsonLdOf(concert.slug, concert.code)).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
    });
  });
});
