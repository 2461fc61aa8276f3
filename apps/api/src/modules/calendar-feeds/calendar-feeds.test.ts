// Calendar feeds: secret addresses per artist and group, the iCalendar content, revocation, roles.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtist, buildGroup, buildProject, buildVenue } from '../../testing/programme-rows';
import {
  buildOrganisation,
  buildUser,
  signIn,
  startTestApp,
  type TestApp,
} from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let artistId: string;
let groupId: string;

async function fetchFeed(url: string) {
  const response = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    text: response.body,
  };
}

/** iCalendar folds long lines at 75 octets; unfold before searching. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay']);
  const project = await buildProject(t, org.id, { name: 'Villages en musique' });
  const venue = await buildVenue(t, org.id, {
    name: 'Salle des fêtes',
    addressLine: '2 place de la Mairie',
    postalCode: '58140',
    communeName: 'Lormes',
  });
  const artist = await buildArtist(t, org.id, {
    displayName: 'Sophie Laurent',
    userId: org.members.artist.userId,
  });
  artistId = artist.id;
  groupId = (
    await buildGroup(t, org.id, {
      name: 'Chorale du foyer rural',
      relayUserId: org.members.relay.userId,
    })
  ).id;
  const sessions = `/api/orgs/${org.id}/sessions`;
  const plan = async (startsAtLocal: string, title: string) =>
    (
      (
        await org.members.coordinator.post(sessions, {
          projectId: project.id,
          kind: 'workshop_singing',
          title,
          venueId: venue.id,
          startsAtLocal,
          durationMin: 90,
          artistIds: [artistId],
          groupIds: [groupId],
        })
      ).body as { id: string }
    ).id;
  // Relative to today, so that the sessions stay inside the feed's window whenever the test runs.
  const inDays = (days: number) =>
    new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await plan(`${inDays(10)}T09:30`, 'Atelier chant 1');
  const cancelled = await plan(`${inDays(17)}T09:30`, 'Atelier chant 2');
  await org.members.coordinator.post(`${sessions}/${cancelled}/cancel`, {
    reason: 'Salle inondée',
  });
});
afterAll(() => t.close());

const feedsUrl = () => `/api/orgs/${org.id}/calendar-feeds`;

describe('calendar feeds', () => {
  it('gives a secret address once, keeps only its hash, and serves the artist sessions as iCalendar', async () => {
    const created = await org.members.coordinator.post(feedsUrl(), {
      kind: 'artist',
      targetId: artistId,
    });
    expect(created.status).toBe(201);
    const feed = created.body as { id: string; url: string; webcalUrl: string; targetName: string };
    expect(feed.targetName).toBe('Sophie Laurent');
    expect(feed.url).toMatch(/^http:\/\/tutti\.test\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url.replace('http://', 'webcal://'));
    const token = feed.url.split('/ical/')[1]!.replace('.ics', '');
    const [stored] = await t.database.db
      .select()
      .from(schema.calendarFeeds)
      .where(eq(schema.calendarFeeds.id, feed.id));
    expect(stored!.tokenHash).not.toContain(token);
    const list = await org.members.coordinator.get(feedsUrl());
    expect(JSON.stringify(list.body)).not.toContain(token);

    const ics = await fetchFeed(feed.url);
    expect(ics.status).toBe(200);
    expect(ics.type).toBe('text/calendar; charset=utf-8');
    const text = unfold(ics.text);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(text).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T093000/);
    expect(text).toMatch(/DTEND;TZID=Europe\/Paris:\d{8}T110000/);
    expect(text).toContain('SUMMARY:Atelier chant 1');
    expect(text).toContain('LOCATION:Salle des fêtes\\, 2 place de la Mairie\\, 58140 Lormes');
    expect(text).toContain('SUMMARY:Annulé: Atelier chant 2');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('Motif: Salle inondée');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    // Every content line ends with CRLF, the last one too (RFC 5545, 3.1).
    expect(ics.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // The cancelled session was written once after its creation: calendars must replace it.
    const events = text.split('BEGIN:VEVENT').slice(1);
    const sequenceOf = (title: string) =>
      events.find((event) => event.includes(`SUMMARY:${title}`))?.match(/SEQUENCE:(\d+)/)?.[1];
    expect(sequenceOf('Atelier chant 1')).toBe('0');
    expect(sequenceOf('Annulé: Atelier chant 2')).toBe('1');
  });

  it('answers 404 once the feed is revoked, and for an unknown secret', async () => {
    const created = await org.members.coordinator.post(feedsUrl(), {
      kind: 'group',
      targetId: groupId,
    });
    const feed = created.body as { id: string; url: string; targetName: string };
    expect(feed.targetName).toBe('Chorale du foyer rural');
    expect((await fetchFeed(feed.url)).status).toBe(200);
    expect((await org.members.coordinator.delete(`${feedsUrl()}/${feed.id}`)).status).toBe(204);
    expect((await fetchFeed(feed.url)).status).toBe(404);
    const listed = await org.members.coordinator.get(`${feedsUrl()}?includeRevoked=true`);
    const revoked = (
      listed.body as { items: { id: string; revokedAt: string | null }[] }
    ).items.find((f) => f.id === feed.id);
    expect(revoked!.revokedAt).not.toBeNull();
    expect((await fetchFeed(`http://x/ical/${'A'.repeat(43)}.ics`)).status).toBe(404);
  });

  it('stops serving a feed once its creator has left the organisation', async () => {
    const leaving = await buildUser(t);
    await t.database.db
      .insert(schema.memberships)
      .values({ orgId: org.id, userId: leaving.id, role: 'coordinator' });
    const client = await signIn(t.app, leaving.email);
    const created = await client.post(feedsUrl(), { kind: 'group', targetId: groupId });
    const { url } = created.body as { url: string };
    expect((await fetchFeed(url)).status).toBe(200);
    const removed = await org.members.admin.delete(`/api/orgs/${org.id}/members/${leaving.id}`);
    expect(removed.status).toBe(204);
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it('lets an artist create and revoke the feed of their own record only', async () => {
    const own = await org.members.artist.post(feedsUrl(), { kind: 'artist', targetId: artistId });
    expect(own.status).toBe(201);
    const other = await buildArtist(t, org.id);
    const refused = await org.members.artist.post(feedsUrl(), {
      kind: 'artist',
      targetId: other.id,
    });
    expect(refused.status).toBe(403);
    const coordinatorFeed = await org.members.coordinator.post(feedsUrl(), {
      kind: 'artist',
      targetId: other.id,
    });
    const mine = await org.members.artist.get(feedsUrl());
    const ids = (mine.body as { items: { targetId: string }[] }).items.map((f) => f.targetId);
    expect(new Set(ids)).toEqual(new Set([artistId]));
    const revoke = await org.members.artist.delete(
      `${feedsUrl()}/${(coordinatorFeed.body as { id: string }).id}`,
    );
    expect(revoke.status).toBe(403);
  });

  it('lets a relay create the feed of the group they follow', async () => {
    const response = await org.members.relay.post(feedsUrl(), { kind: 'group', targetId: groupId });
    expect(response.status).toBe(201);
    const stranger = await buildGroup(t, org.id);
    expect(
      (await org.members.relay.post(feedsUrl(), { kind: 'group', targetId: stranger.id })).status,
    ).toBe(403);
  });

  it('refuses a feed for an unknown artist with 404 naming the field', async () => {
    const response = await org.members.coordinator.post(feedsUrl(), {
      kind: 'artist',
      targetId: groupId,
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      error: { code: 'CALENDAR_FEED.TARGET_NOT_FOUND', fields: [{ path: 'body.targetId' }] },
    });
  });

  it('never answers 5xx to whatever address a client asks for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (value) => {
        const response = await t.app.inject({
          method: 'GET',
          url: `/ical/${encodeURIComponent(value)}.ics`,
        });
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
