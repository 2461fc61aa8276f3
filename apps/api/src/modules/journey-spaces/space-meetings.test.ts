// Online meetings in the journey space: the room link and the music-mode note under the group's
// link only, and the journey's iCalendar feed with the room as RFC 7986 CONFERENCE.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory } from '../../testing/carbon-factory';
import { buildSpaceJourney, groupSpacePath } from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator'], 'Chœurs en Ligne');
});
afterAll(() => t.close());

const visit = (url: string) =>
  t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'fr' } });
const room = 'https://meet.jit.si/tutti-cm1-lormes-atelier-en-ligne-du-mercredi-avec-les-familles';

describe('online meetings of a journey space', () => {
  it('shows the room and the music mode under the group link, hides the room from the public page, and serves the calendar with CONFERENCE', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    // The second workshop (in four days) is held online.
    const online = await staff.request(
      'PATCH',
      `/api/orgs/${org.id}/sessions/${journey.sessionIds[1]}`,
      { onlineUrl: room },
    );
    expect(online.status).toBe(200);
    const { spacePath, linkId } = await groupSpacePath(
      staff,
      org.id,
      journey.groupId,
      journey.journeyId,
    );

    const home = await visit(spacePath);
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`href="${room}"`);
    expect(home.body).toContain('Rejoindre la salle en ligne');
    expect(home.body).toContain('id="mode-musique"');
    expect(home.body).toContain('Son original pour les musiciens');
    expect(home.body).toContain(`href="${spacePath}/calendrier.ics"`);

    const feed = await visit(`${spacePath}/calendrier.ics`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.headers['cache-control']).toBe('private, no-store');
    const lines = feed.body.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(feed.body).toContain('BEGIN:VTIMEZONE');
    expect(feed.body).toContain('TZID:Europe/Paris');
    // Folded lines joined back: one CONFERENCE, with its label, on the online step.
    const unfolded = feed.body.replace(/\r\n /g, '');
    const conferences = unfolded.split('\r\n').filter((line) => line.startsWith('CONFERENCE'));
    expect(conferences).toEqual([
      `CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL="Salle en ligne":${room}`,
    ]);
    expect(unfolded).toContain(`URL;VALUE=URI:${room}`);
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(feed.body.endsWith('END:VCALENDAR\r\n')).toBe(true);

    // A public space shows the session online, never its room.
    await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
      published: true,
      slug: 'choeurs-en-ligne',
      description: null,
      region: null,
    });
    await staff.request('PUT', `/api/orgs/${org.id}/journeys/${journey.journeyId}/space`, {
      welcome: null,
      publicSlug: 'chanter-en-ligne',
    });
    const page = await visit('/p/choeurs-en-ligne/parcours/chanter-en-ligne');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('En ligne');
    expect(page.body).not.toContain('meet.jit.si');
    expect(page.body).not.toContain('mode-musique');
    expect(page.body).not.toContain('calendrier.ics');
    expect(
      (await visit('/p/choeurs-en-ligne/parcours/chanter-en-ligne/calendrier.ics')).statusCode,
    ).toBe(404);

    // A revoked link closes the feed too.
    await staff.post(`/api/orgs/${org.id}/groups/${journey.groupId}/share-links/${linkId}/revoke`);
    expect((await visit(`${spacePath}/calendrier.ics`)).statusCode).toBe(404);
  });

  it("shows what an online step avoids against travelling to the journey's workshop, from the carbon module", async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const carbon = carbonFactory(t, org.id);
    const hall = await carbon.venue(
      'Salle des fêtes',
      { code: '58145', name: 'Lormes' },
      { lat: 47.29, lon: 3.82 },
    );
    const artist = await carbon.artist('Nadia', {
      code: '58194',
      name: 'Nevers',
      lat: 46.99,
      lon: 3.16,
    });
    // The first workshop took place in the hall, its artist driving from Nevers.
    const [first, second] = journey.sessionIds;
    await t.database.db
      .update(schema.sessions)
      .set({ venueId: hall.id })
      .where(eq(schema.sessions.id, first!));
    await t.database.db
      .insert(schema.sessionArtists)
      .values({ orgId: org.id, sessionId: first!, artistId: artist.id });
    // The second is held online.
    const online = await staff.request('PATCH', `/api/orgs/${org.id}/sessions/${second}`, {
      kind: 'online',
      onlineUrl: room,
    });
    expect(online.status).toBe(200);
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);

    const home = await visit(spacePath);
    const figure =
      /Séance en ligne plutôt qu’un déplacement : ([\d,\u202f\u00a0]+) kg CO₂e évités/.exec(
        home.body,
      );
    expect(figure).not.toBeNull();
    const kg = Number(figure![1]!.replace(/[\u202f\u00a0]/g, '').replace(',', '.'));
    // About 2 × 60 km by car, less one hour of two screens: some kilograms, not tons.
    expect(kg).toBeGreaterThan(5);
    expect(kg).toBeLessThan(100);
    expect(home.body).toContain('moins l’énergie de l’appel vidéo');
  });
});
