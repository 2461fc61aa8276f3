// A concert step of a journey space: the live stream's link shown on the families' pages only on
// the concert's day, from the lead its coordinator chose until the concert ends (on the space's
// clocks), and the programme as a tagged PDF in the page's language and on the concert's public
// page.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../testing/pdf-reading';
import { buildSpaceJourney, groupSpacePath } from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { concertStream, streamWindow } from './concert-stream';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer'], 'Concerts en Direct');
});
afterAll(() => t.close());

const MINUTE = 60_000;
const stream = 'https://www.youtube.com/live/concert-des-familles-de-lormes';
const programme = [
  { title: 'Une souris verte', credit: 'Traditionnel' },
  { title: 'Frère Jacques', credit: 'Trad., arr. Nadia Kaci' },
  { title: 'Le Chant des oiseaux', credit: null },
];
const visit = (url: string, lang = 'fr') =>
  t.app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });

describe('the live stream window', () => {
  const concert = (startsAt: string, lead: number) => ({
    kind: 'concert' as const,
    status: 'confirmed' as const,
    startsAt: new Date(startsAt),
    endsAt: new Date(+new Date(startsAt) + 90 * MINUTE),
    concert: { streamUrl: stream, streamOpensMinutes: lead, programme: [] },
  });

  it('opens the lead before the start, never before the concert day began on the space clocks, and closes at the end', () => {
    // 28 March 2027, 20:00 in Paris (summer time since 02:00 that day): one hour before.
    expect(streamWindow(concert('2027-03-28T18:00:00Z', 60), 'Europe/Paris')).toEqual({
      url: stream,
      opensAt: new Date('2027-03-28T17:00:00Z'),
      closesAt: new Date('2027-03-28T19:30:00Z'),
    });
    // 08:00 with twelve hours' lead: from the day's midnight, which was 23:00 UTC (winter time).
    expect(streamWindow(concert('2027-03-28T06:00:00Z', 720), 'Europe/Paris')?.opensAt).toEqual(
      new Date('2027-03-27T23:00:00Z'),
    );
    // The same instant is already the next day in Tokyo: its day began at 15:00 UTC.
    expect(streamWindow(concert('2027-03-28T18:00:00Z', 720), 'Asia/Tokyo')?.opensAt).toEqual(
      new Date('2027-03-28T15:00:00Z'),
    );
    const step = concert('2027-03-28T18:00:00Z', 30);
    const at = (iso: string) => concertStream(step, 'Europe/Paris', new Date(iso))?.url ?? null;
    expect(at('2027-03-28T17:29:59Z')).toBeNull();
    expect(at('2027-03-28T17:30:00Z')).toBe(stream);
    expect(at('2027-03-28T19:29:59Z')).toBe(stream);
    expect(at('2027-03-28T19:30:00Z')).toBeNull();
    expect(streamWindow({ ...step, status: 'cancelled' }, 'Europe/Paris')).toBeNull();
    expect(streamWindow({ ...step, kind: 'workshop_singing' }, 'Europe/Paris')).toBeNull();
  });
});

describe('a concert step of a journey space', () => {
  it('lets a coordinator set the stream and programme of a concert step only, naming refused fields', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const other = await buildSpaceJourney(staff, org.id);
    const base = `/api/orgs/${org.id}/journeys/${journey.journeyId}/space/concerts`;
    const [workshop, , concertId] = journey.sessionIds;
    const body = { streamUrl: stream, streamOpensMinutes: 45, programme };

    const set = await staff.request('PUT', `${base}/${concertId}`, body);
    expect(set.status).toBe(200);
    const steps = (set.body as { steps: { sessionId: string; concert: unknown }[] }).steps;
    expect(steps.find((s) => s.sessionId === concertId)?.concert).toEqual(body);
    expect(steps.find((s) => s.sessionId === workshop)?.concert).toBeNull();

    const notConcert = await staff.request('PUT', `${base}/${workshop}`, body);
    expect(notConcert.status).toBe(409);
    expect(notConcert.body).toMatchObject({ error: { code: 'SPACE.NOT_A_CONCERT' } });
    const elsewhere = await staff.request('PUT', `${base}/${other.sessionIds[2]}`, body);
    expect(elsewhere.status).toBe(404);
    const refused = await staff.request('PUT', `${base}/${concertId}`, {
      streamUrl: 'http://insecure.example/live',
      streamOpensMinutes: 721,
      programme: [{ title: ' ', credit: null }],
    });
    expect(refused.status).toBe(400);
    const fields = (refused.body as { error: { fields: { path: string }[] } }).error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual([
      'body.programme.0.title',
      'body.streamOpensMinutes',
      'body.streamUrl',
    ]);
    const viewer = await org.members.viewer.request('PUT', `${base}/${concertId}`, body);
    expect(viewer.status).toBe(403);
  });

  it('shows the stream link only from its opening on the concert day until the end, under the group link and on the public page', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const concertId = journey.sessionIds[2]!;
    await staff.request(
      'PUT',
      `/api/orgs/${org.id}/journeys/${journey.journeyId}/space/concerts/${concertId}`,
      { streamUrl: stream, streamOpensMinutes: 60, programme },
    );
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
      published: true,
      slug: 'concerts-en-direct',
      description: null,
      region: null,
    });
    await staff.request('PUT', `/api/orgs/${org.id}/journeys/${journey.journeyId}/space`, {
      welcome: null,
      publicSlug: 'concert-en-direct',
    });
    const publicPath = '/p/concerts-en-direct/parcours/concert-en-direct';
    const moveConcert = (startsAt: Date) =>
      t.database.db
        .update(schema.sessions)
        .set({ startsAt, endsAt: new Date(+startsAt + 60 * MINUTE) })
        .where(eq(schema.sessions.id, concertId));

    // In eleven days: not yet; the page says when the link will show, and offers the programme.
    const before = await visit(spacePath);
    expect(before.statusCode).toBe(200);
    expect(before.body).not.toContain(stream);
    expect(before.body).toContain('Retransmis en direct : le lien s’affichera ici le');
    expect(before.body).toContain(`href="${spacePath}/programme/${concertId}?lang=fr"`);

    // Started ten minutes ago: the link shows on both pages.
    await moveConcert(new Date(Date.now() - 10 * MINUTE));
    for (const path of [spacePath, publicPath]) {
      const live = await visit(path);
      expect(live.statusCode).toBe(200);
      expect(live.body).toContain(`href="${stream}"`);
      expect(live.body).toContain('Regarder le direct');
    }
    const english = await visit(`${publicPath}?lang=en`, 'en');
    expect(english.body).toContain('Watch live');
    expect(english.body).toContain(`/programme/${concertId}?lang=en`);

    // Three hours from now with an hour's lead: not yet, whatever the day.
    await moveConcert(new Date(Date.now() + 3 * 60 * MINUTE));
    expect((await visit(spacePath)).body).not.toContain(stream);

    // Ended five minutes ago: gone from both pages (the public home is kept a minute).
    await moveConcert(new Date(Date.now() - 65 * MINUTE));
    for (const path of [spacePath, publicPath]) {
      const after = await visit(path);
      expect(after.statusCode).toBe(200);
      expect(after.body).not.toContain(stream);
    }
  });

  it('serves the programme as a tagged PDF in the page language, under the group link and on the public page', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const [workshop, , concertId] = journey.sessionIds;
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    // No programme yet: nothing to download.
    expect((await visit(`${spacePath}/programme/${concertId}`)).statusCode).toBe(404);
    const set = await staff.request(
      'PUT',
      `/api/orgs/${org.id}/journeys/${journey.journeyId}/space/concerts/${concertId}`,
      { streamUrl: null, programme },
    );
    expect(set.status).toBe(200);

    const french = await visit(`${spacePath}/programme/${concertId}?lang=fr`);
    expect(french.statusCode, french.body.slice(0, 300)).toBe(200);
    expect(french.headers['content-type']).toBe('application/pdf');
    expect(french.headers['cache-control']).toBe('private, no-store');
    const read = await readPdf(french.rawPayload);
    expect(read).toMatchObject({
      marked: true,
      language: 'fr',
      pdfUa: true,
      fontsEmbedded: true,
      displaysTitle: true,
      hasStructTreeRoot: true,
    });
    expect(read.title).toBe('Programme du concert — Le concert');
    expect(read.text).toContain('Concerts en Direct');
    expect(read.text).toContain('Une souris verte');
    expect(read.text).toContain('Trad., arr. Nadia Kaci');
    expect(read.text).toContain('Le Chant des oiseaux');
    expect(read.bookmarks.map((b) => b.title)).toContain('Les œuvres');

    const german = await readPdf(
      (await visit(`${spacePath}/programme/${concertId}?lang=de`)).rawPayload,
    );
    expect(german.language).toBe('de');
    expect(german.text).toContain('Konzertprogramm');
    expect(german.text).toContain('Frère Jacques');

    // A workshop has no programme; an unknown id neither.
    expect((await visit(`${spacePath}/programme/${workshop}`)).statusCode).toBe(404);
    expect((await visit(`${spacePath}/programme/not-an-id`)).statusCode).toBe(404);

    await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
      published: true,
      slug: 'concerts-en-direct',
      description: null,
      region: null,
    });
    await staff.request('PUT', `/api/orgs/${org.id}/journeys/${journey.journeyId}/space`, {
      welcome: null,
      publicSlug: 'programme-public',
    });
    const publicPdf = await visit(
      `/p/concerts-en-direct/parcours/programme-public/programme/${concertId}?lang=en`,
    );
    expect(publicPdf.statusCode).toBe(200);
    const english = await readPdf(publicPdf.rawPayload);
    expect(english.language).toBe('en');
    expect(english.text).toContain('Concert programme');
    expect(english.text).toContain('Une souris verte');

    // Published, the concert's own public page lists its programme (the workshop's lists none).
    const published = await staff.request(
      'PUT',
      `/api/orgs/${org.id}/sessions/${concertId}/publication`,
      { isPublic: true },
    );
    expect(published.status).toBe(200);
    const { publicCode } = published.body as { publicCode: string };
    const page = await visit(`/p/concerts-en-direct/e/${publicCode}?lang=fr`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>Programme</h2><ol><li>Une souris verte');
    expect(page.body).toContain(
      'Frère Jacques<span class="muted"> — Trad., arr. Nadia Kaci</span>',
    );
    expect(page.body).toContain(
      '"workPerformed":[{"@type":"CreativeWork","name":"Une souris verte"}',
    );
    const workshopPage = await staff.request(
      'PUT',
      `/api/orgs/${org.id}/sessions/${workshop}/publication`,
      { isPublic: true },
    );
    const workshopCode = (workshopPage.body as { publicCode: string }).publicCode;
    expect((await visit(`/p/concerts-en-direct/e/${workshopCode}`)).body).not.toContain(
      'Une souris verte',
    );
  });
});
