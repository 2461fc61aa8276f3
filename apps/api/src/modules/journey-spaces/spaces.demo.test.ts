// The demo's journey spaces: a journey in progress behind its group link with a playlist that
// plays, resources and a video held back for a missing consent; a public concert to watch again.
import type { JourneySpace } from '@tutti/contracts';
import { DEMO_PASSWORD, DEMO_PUBLIC_SLUG, schema } from '@tutti/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../testing/test-app';
import { seedDemoSpace } from './spaces.demo';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
});
afterAll(() => t.close());

describe('demo journey spaces', () => {
  it('fill a journey in progress and a concert to watch again, with one video held back', async () => {
    const seeded = await seedDemoSpace({ database: t.database, config: t.config });
    expect(seeded).not.toBeNull();
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const me = await coordinator.get('/api/me');
    const orgId = (me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId;
    const space = (await coordinator.get(`/api/orgs/${orgId}/journeys/${seeded!.journeyId}/space`))
      .body as JourneySpace;
    const playlist = space.entries.filter((entry) => entry.section === 'playlist');
    expect(playlist.length).toBeGreaterThanOrEqual(5);
    expect(playlist.filter((entry) => entry.shown).length).toBeGreaterThanOrEqual(5);
    const held = space.entries.filter((entry) =>
      entry.resource.heldBack.includes('consent_missing'),
    );
    expect(held.map((entry) => entry.resource.kind)).toEqual(['video']);
    expect(space.groupUrl).not.toBeNull();
    // Its concert is streamed live, with a programme to download.
    const concertStep = space.steps.find((step) => step.kind === 'concert');
    if (concertStep) {
      expect(concertStep.concert?.streamUrl).toMatch(/^https:\/\//);
      expect(concertStep.concert?.programme.length).toBeGreaterThan(0);
    }

    const [link] = await t.database.db
      .select({ token: schema.groupShareLinks.token })
      .from(schema.groupShareLinks)
      .where(
        and(
          eq(schema.groupShareLinks.groupId, space.journey.group.id),
          isNull(schema.groupShareLinks.revokedAt),
        ),
      );
    const path = `/p/_/groupe/${link!.token}/parcours/${seeded!.journeyId}`;
    const home = await t.app.inject({ method: 'GET', url: path });
    // Its next step is an online meeting: the room, the music mode, what it avoids.
    expect(home.body).toContain('Rejoindre la salle en ligne');
    expect(home.body).toContain('id="mode-musique"');
    expect(home.body).toMatch(/Séance en ligne plutôt qu’un déplacement : [\d,]+ kg CO₂e évités/);
    const listen = await t.app.inject({ method: 'GET', url: `${path}/ecouter` });
    expect(listen.statusCode).toBe(200);
    expect(listen.body).toContain('Frère Jacques (en canon)');
    expect(listen.body).toContain('<audio');
    const resources = await t.app.inject({ method: 'GET', url: `${path}/ressources` });
    expect(resources.body).toContain('Fiche : le canon en deux groupes');
    expect(resources.body).not.toContain('Le canon filmé pendant l’atelier');

    if (seeded!.concertJourneyId) {
      const concert = await t.app.inject({
        method: 'GET',
        url: `/p/${DEMO_PUBLIC_SLUG}/parcours/concert-des-familles`,
      });
      expect(concert.statusCode).toBe(200);
      expect(concert.body).toContain('Le concert à revoir');
      expect(concert.body).toContain('#t=14');
      expect(concert.body).toContain('Le programme du concert');
    }
  }, 180_000); // the demo space's files are processed first: minutes on a busy machine
});
