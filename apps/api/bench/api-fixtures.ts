// Finds, in the generated organisation, the ids each benchmark scenario needs.
import { rowsOf, schema, type TuttiDatabase } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';

/** `2026-03-01` → `2026-04-01`: the end (exclusive) of the month a date starts. */
export function firstDayOfNextMonth(monthStart: string): string {
  const start = new Date(`${monthStart}T00:00:00Z`);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
    .toISOString()
    .slice(0, 10);
}

export type BenchFixtures = {
  orgId: string;
  artistDay: string;
  projectId: string;
  monthFrom: string;
  monthTo: string;
  markSessionId: string;
  markParticipantIds: string[];
  searchTerms: string[];
};

export async function findFixtures(database: TuttiDatabase): Promise<BenchFixtures | null> {
  const [artistUser] = await database.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, 'artist@large.test'));
  if (!artistUser) return null;
  const [artist] = await rowsOf<{ id: string; org_id: string }>(
    database.db,
    sql`select id, org_id from artists where user_id = ${artistUser.id} limit 1`,
  );
  if (!artist) return null;
  // The artist's busiest day: the roster a phone downloads in the morning.
  const [day] = await rowsOf<{ day: string }>(
    database.db,
    sql`select to_char(s.starts_at at time zone s.time_zone, 'YYYY-MM-DD') as day
          from sessions s join session_artists sa on sa.session_id = s.id
         where sa.artist_id = ${artist.id}
         group by 1 order by count(*) desc, 1 limit 1`,
  );
  // The project with most sessions, in its busiest month.
  const [month] = await rowsOf<{ project_id: string; month: string }>(
    database.db,
    sql`select project_id, to_char(date_trunc('month', starts_at at time zone time_zone), 'YYYY-MM-DD') as month
          from sessions where org_id = ${artist.org_id}
         group by 1, 2 order by count(*) desc limit 1`,
  );
  // A workshop with listed participants, for attendance writes.
  const [session] = await rowsOf<{ session_id: string }>(
    database.db,
    sql`select sg.session_id from session_groups sg join groups g on g.id = sg.group_id
         where sg.org_id = ${artist.org_id} and g.listed_individually
         group by sg.session_id order by count(*) desc limit 1`,
  );
  if (!day || !month || !session) return null;
  const participants = await rowsOf<{ id: string }>(
    database.db,
    sql`select p.id from participants p join session_groups sg on sg.group_id = p.group_id
         where sg.session_id = ${session.session_id}`,
  );
  const names = await rowsOf<{ first_name: string }>(
    database.db,
    sql`select first_name from participants where org_id = ${artist.org_id}
         group by first_name order by count(*) desc limit 20`,
  );
  return {
    orgId: artist.org_id,
    artistDay: day.day,
    projectId: month.project_id,
    monthFrom: month.month,
    monthTo: firstDayOfNextMonth(month.month),
    markSessionId: session.session_id,
    markParticipantIds: participants.map((p) => p.id),
    // Typed searches: three letters of common first names, as a coordinator types them.
    searchTerms: names.map((n) => n.first_name.slice(0, 3).toLowerCase()),
  };
}
