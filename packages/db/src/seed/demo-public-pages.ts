// The demo organisation publishes: its public profile, its concerts and its next workshops held
// in public places (never in a school or a nursing home: those are not open), so that a new user
// finds /p/musique-en-chemins with upcoming events whatever the day of the season.
import { and, asc, eq, gt, inArray, notInArray } from 'drizzle-orm';
import { newPublicCode } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

export const DEMO_PUBLIC_SLUG = 'musique-en-chemins';
const OPEN_WORKSHOPS = 3;

export const demoPublicPagesStep: DemoStep = {
  name: 'public pages',
  async run({ db, orgId, now }) {
    await db
      .update(schema.organisations)
      .set({
        publicProfile: true,
        publicSlug: DEMO_PUBLIC_SLUG,
        publicDescription:
          'Des musicien·nes professionnel·les vont à la rencontre des habitant·es des villages du Morvan : concerts de proximité et ateliers ouverts à toutes et tous.',
        publicRegion: 'Nièvre, Bourgogne-Franche-Comté',
      })
      .where(eq(schema.organisations.id, orgId));
    const { sessions, venues } = schema;
    const concerts = await db
      .select({ id: sessions.id })
      .from(sessions)
      .innerJoin(venues, eq(venues.id, sessions.venueId))
      .where(
        and(
          eq(sessions.orgId, orgId),
          eq(sessions.kind, 'concert'),
          notInArray(venues.kind, ['school', 'nursing_home']),
        ),
      );
    const openWorkshops = await db
      .select({ id: sessions.id })
      .from(sessions)
      .innerJoin(venues, eq(venues.id, sessions.venueId))
      .where(
        and(
          eq(sessions.orgId, orgId),
          notInArray(sessions.kind, ['concert', 'online']),
          notInArray(venues.kind, ['school', 'nursing_home']),
          gt(sessions.startsAt, now),
        ),
      )
      .orderBy(asc(sessions.startsAt))
      .limit(OPEN_WORKSHOPS);
    const ids = [...concerts, ...openWorkshops].map((row) => row.id);
    for (const id of ids) {
      await db
        .update(sessions)
        .set({ isPublic: true, publicCode: newPublicCode() })
        .where(and(eq(sessions.orgId, orgId), inArray(sessions.id, [id])));
    }
  },
};
