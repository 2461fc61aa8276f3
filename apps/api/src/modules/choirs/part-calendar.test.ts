// A choir part's calendar feed: a singer subscribes to their part's rehearsals (the whole
// choir's and those of the sites where the part sings), through the calendar feeds' secret
// addresses, revocation and roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChoir } from '../../testing/choir-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
let base: string;
const feedsUrl = () => `/api/orgs/${org.id}/calendar-feeds`;
/** iCalendar folds long lines at 75 octets; unfold before searching. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function fetchFeed(url: string) {
  const response = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    text: response.body,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  choir = await seedChoir(org);
  base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
  const staff = org.members.coordinator;
  // Nevers (site 0) has altos, no second tenor; Clamecy (site 1) has both.
  for (const [siteId, days, note] of [
    [choir.sites[0], 10, 'Pupitres de Nevers'],
    [choir.sites[1], 12, 'Pupitres de Clamecy'],
  ] as const) {
    const made = await staff.post(`${base}/rehearsals`, {
      seasonId: choir.seasonId,
      siteId,
      kind: 'makeup',
      startsAt: inDays(days).toISOString(),
      durationMin: 90,
      note,
    });
    expect(made.status).toBe(201);
  }
  const next = await staff.get(`${base}/rehearsals?when=upcoming&limit=1`);
  const first = (next.body as { items: { id: string }[] }).items[0]!;
  expect(
    (await staff.patch(`${base}/rehearsals/${first.id}`, { status: 'cancelled' })).status,
  ).toBe(200);
});
afterAll(() => t.close());

describe('a choir part’s calendar feed', () => {
  it('lets a singer (viewer role) subscribe to their part: tutti and the sites where it sings, cancelled ones marked', async () => {
    const created = await org.members.viewer.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    expect(created.status).toBe(201);
    const feed = created.body as { id: string; url: string; targetName: string; kind: string };
    expect(feed.kind).toBe('choirPart');
    expect(feed.targetName).toBe('Chœur des Deux Rives — Alto 1');
    const ics = await fetchFeed(feed.url);
    expect(ics.status).toBe(200);
    expect(ics.type).toBe('text/calendar; charset=utf-8');
    const text = unfold(ics.text);
    expect(text).toContain('X-WR-CALNAME:Tutti — Chœur des Deux Rives — Alto 1');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    // The weekly tutti on Tuesdays at 19:30, Paris time, for two hours.
    expect(text).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T193000/);
    expect(text).toMatch(/DTEND;TZID=Europe\/Paris:\d{8}T213000/);
    expect(text).toContain('SUMMARY:Répétition — tout le chœur');
    expect(text).toContain('SUMMARY:Annulé: Répétition — tout le chœur');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('SUMMARY:Répétition de rattrapage — Nevers');
    expect(text).toContain('SUMMARY:Répétition de rattrapage — Clamecy');
    expect(text).toContain('DESCRIPTION:Pupitres de Clamecy');
    expect(ics.text.endsWith('END:VCALENDAR\r\n')).toBe(true);

    const listed = await org.members.viewer.get(`${feedsUrl()}?kind=choirPart`);
    expect(listed.status).toBe(200);
    expect((listed.body as { items: { id: string }[] }).items.map((f) => f.id)).toEqual([feed.id]);
  });

  it('leaves out the rehearsals of a site where the part has no singer', async () => {
    const created = await org.members.coordinator.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('T2'),
    });
    expect(created.status).toBe(201);
    const text = unfold((await fetchFeed((created.body as { url: string }).url)).text);
    expect(text).toContain('SUMMARY:Répétition de rattrapage — Clamecy');
    expect(text).not.toContain('Nevers');
    expect(text).toContain('SUMMARY:Répétition — tout le chœur');
  });

  it('refuses the feed of a part the account neither sings in nor leads, and an unknown part', async () => {
    const other = await org.members.viewer.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('T2'),
    });
    expect(other.status).toBe(403);
    expect((other.body as { error: { code: string } }).error.code).toBe('AUTH.FORBIDDEN');
    // The relay is not in the choir.
    const outsider = await org.members.relay.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    expect(outsider.status).toBe(403);
    const unknown = await org.members.viewer.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: '00000000-0000-4000-8000-000000000009',
    });
    expect(unknown.status).toBe(404);
    expect((unknown.body as { error: { code: string } }).error.code).toBe(
      'CALENDAR_FEED.TARGET_NOT_FOUND',
    );
    // The viewer's role holds no artist or group feed, their part's only.
    expect((await org.members.viewer.get(feedsUrl())).status).toBe(403);
  });

  it('lets the section leader (artist role) subscribe to the part they lead, and a singer revoke their own', async () => {
    const led = await org.members.artist.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    expect(led.status).toBe(201);
    const mine = await org.members.viewer.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    const feed = mine.body as { id: string; url: string };
    expect((await org.members.viewer.delete(`${feedsUrl()}/${feed.id}`)).status).toBe(204);
    expect((await fetchFeed(feed.url)).status).toBe(404);
    expect((await fetchFeed((led.body as { url: string }).url)).status).toBe(200);
  });

  it('stops serving a part’s feed once its creator changes part, and once they leave the choir (404)', async () => {
    const staff = org.members.coordinator;
    const memberUrl = `${base}/members/${choir.myMemberId}`;
    const subscribed = await org.members.viewer.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    expect(subscribed.status).toBe(201);
    const { url } = subscribed.body as { url: string };
    expect((await fetchFeed(url)).status).toBe(200);

    // The singer moves to the second altos: the first altos' feed stops, and comes back with them.
    expect((await staff.patch(memberUrl, { partId: choir.part('A2') })).status).toBe(200);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await staff.patch(memberUrl, { partId: choir.part('A1') })).status).toBe(200);
    expect((await fetchFeed(url)).status).toBe(200);

    // The singer leaves the choir: the feed stops, whatever the address's secret.
    expect((await staff.patch(memberUrl, { active: false })).status).toBe(200);
    const gone = await fetchFeed(url);
    expect(gone.status).toBe(404);
    expect(gone.text).not.toContain('BEGIN:VCALENDAR');
    // Nor does the account reach the singer's page any more.
    expect((await org.members.viewer.get(`${base}/me`)).status).toBe(404);

    // The section leader leaves: they lead the part no longer, their feed of it stops too.
    const led = await org.members.artist.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    const ledUrl = (led.body as { url: string }).url;
    expect((await fetchFeed(ledUrl)).status).toBe(200);
    expect((await staff.patch(`${base}/members/${choir.leaderId}`, { active: false })).status).toBe(
      200,
    );
    expect((await fetchFeed(ledUrl)).status).toBe(404);

    // A coordinator's feed of any part keeps serving: their role holds every feed.
    const coordinators = await staff.post(feedsUrl(), {
      kind: 'choirPart',
      targetId: choir.part('A1'),
    });
    expect((await fetchFeed((coordinators.body as { url: string }).url)).status).toBe(200);

    // Both come back: the singer's feed serves again (the address was never revoked).
    for (const memberId of [choir.myMemberId, choir.leaderId]) {
      expect((await staff.patch(`${base}/members/${memberId}`, { active: true })).status).toBe(200);
    }
    expect((await fetchFeed(url)).status).toBe(200);
  });

  it('refuses a member change that says nothing, or names another choir’s part, naming the field', async () => {
    const staff = org.members.coordinator;
    const memberUrl = `${base}/members/${choir.myMemberId}`;
    const empty = await staff.patch(memberUrl, {});
    expect(empty.status).toBe(400);
    const unknownPart = await staff.patch(memberUrl, {
      partId: '00000000-0000-4000-8000-000000000009',
    });
    expect(unknownPart.status).toBe(404);
    expect(JSON.stringify(unknownPart.body)).toContain('body.partId');
    const unknownMember = await staff.patch(
      `${base}/members/00000000-0000-4000-8000-000000000009`,
      {
        active: false,
      },
    );
    expect(unknownMember.status).toBe(404);
    // A singer does not move themself.
    expect((await org.members.viewer.patch(memberUrl, { active: false })).status).toBe(403);
  });
});
