// The demo choir's two commemoration concerts as concert sessions of the "Villages en musique"
// project (the season belongs to it): at the Nevers theatre and the Clamecy hall, planned, so
// that the concerts capability and the impact page (the choir's intergenerational mix) see them.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import * as schema from '../schema/index';
import { DEMO_PROJECTS } from './demo-programme-data';

export async function linkChoirConcerts(options: {
  db: Db;
  orgId: string;
  seasonId: string;
  venueIds: (string | null)[];
}) {
  const { db, orgId, seasonId, venueIds } = options;
  const [project] = await db
    .select({ id: schema.projects.id })
    .from(schema.projects)
    .where(and(eq(schema.projects.orgId, orgId), eq(schema.projects.name, DEMO_PROJECTS.villages)));
  if (!project) return;
  await db
    .update(schema.choirSeasons)
    .set({ projectId: project.id })
    .where(eq(schema.choirSeasons.id, seasonId));
  const concerts = await db
    .select()
    .from(schema.choirRehearsals)
    .where(
      and(
        eq(schema.choirRehearsals.seasonId, seasonId),
        eq(schema.choirRehearsals.kind, 'concert'),
      ),
    )
    .orderBy(schema.choirRehearsals.startsAt);
  for (const [i, concert] of concerts.entries()) {
    const [session] = await db
      .insert(schema.sessions)
      .values({
        orgId,
        projectId: project.id,
        kind: 'concert',
        title: concert.note ?? 'Concert du chœur',
        venueId: venueIds[i] ?? null,
        startsAt: concert.startsAt,
        endsAt: concert.endsAt,
        timeZone: 'Europe/Paris',
        status: 'planned',
      })
      .returning({ id: schema.sessions.id });
    await db
      .update(schema.choirRehearsals)
      .set({ sessionId: session!.id })
      .where(eq(schema.choirRehearsals.id, concert.id));
  }
}
