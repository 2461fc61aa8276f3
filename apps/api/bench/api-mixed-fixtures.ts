// Prepares the generated organisation for the mixed benchmark: several artists with an account,
// each with their busiest day and month and a session they lead to mark, and sessions to edit.
import { DEMO_PASSWORD, rowsOf, type TuttiDatabase } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/platform/auth/passwords';
import { firstDayOfNextMonth } from './api-fixtures';

export type BenchArtist = {
  email: string;
  artistId: string;
  day: string;
  monthFrom: string;
  monthTo: string;
  markSessionId: string;
  markParticipantIds: string[];
};

export type EditableSession = { id: string; durationMin: number };

export type MixedFixtures = { artists: BenchArtist[]; editable: EditableSession[] };

/** Gives the `count` busiest artists an account (`bench-artist-N@large.test`) when they have none. */
async function ensureArtistAccounts(database: TuttiDatabase, orgId: string, count: number) {
  const busiest = await rowsOf<{ id: string; user_id: string | null }>(
    database.db,
    sql`select a.id, a.user_id from artists a join session_artists sa on sa.artist_id = a.id
         where a.org_id = ${orgId} group by a.id, a.user_id
         order by (a.user_id is null), count(*) desc, a.id limit ${count}`,
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [index, artist] of busiest.entries()) {
    if (artist.user_id) continue;
    const email = `bench-artist-${index}@large.test`;
    const [user] = await rowsOf<{ id: string }>(
      database.db,
      sql`insert into users (email, display_name, password_hash, email_verified_at)
          values (${email}, ${`Bench artist ${index}`}, ${passwordHash}, now())
          on conflict (email) do update set password_hash = excluded.password_hash
          returning id`,
    );
    await database.db.execute(
      sql`insert into memberships (org_id, user_id, role) values (${orgId}, ${user!.id}, 'artist')
          on conflict do nothing`,
    );
    await database.db.execute(
      sql`update artists set user_id = ${user!.id} where id = ${artist.id}`,
    );
  }
  return rowsOf<{ id: string; email: string }>(
    database.db,
    sql`select a.id, u.email from artists a join users u on u.id = a.user_id
         where a.org_id = ${orgId} order by u.email limit ${count}`,
  );
}

async function artistFixture(database: TuttiDatabase, artist: { id: string; email: string }) {
  const [day] = await rowsOf<{ day: string }>(
    database.db,
    sql`select to_char(s.starts_at at time zone s.time_zone, 'YYYY-MM-DD') as day
          from sessions s join session_artists sa on sa.session_id = s.id
         where sa.artist_id = ${artist.id} group by 1 order by count(*) desc, 1 limit 1`,
  );
  const [month] = await rowsOf<{ month: string }>(
    database.db,
    sql`select to_char(date_trunc('month', s.starts_at at time zone s.time_zone), 'YYYY-MM-DD') as month
          from sessions s join session_artists sa on sa.session_id = s.id
         where sa.artist_id = ${artist.id} group by 1 order by count(*) desc, 1 limit 1`,
  );
  // A session the artist leads whose groups list their members: marks are sent one by one.
  const [led] = await rowsOf<{ session_id: string }>(
    database.db,
    sql`select sa.session_id from session_artists sa
          join sessions s on s.id = sa.session_id and s.status <> 'cancelled'
          join session_groups sg on sg.session_id = sa.session_id
          join groups g on g.id = sg.group_id and g.listed_individually
         where sa.artist_id = ${artist.id} group by 1 order by count(*) desc, 1 limit 1`,
  );
  if (!day || !month || !led) return null;
  const participants = await rowsOf<{ id: string }>(
    database.db,
    sql`select p.id from participants p join session_groups sg on sg.group_id = p.group_id
         where sg.session_id = ${led.session_id} and p.anonymised_at is null`,
  );
  return {
    email: artist.email,
    artistId: artist.id,
    day: day.day,
    monthFrom: month.month,
    monthTo: firstDayOfNextMonth(month.month),
    markSessionId: led.session_id,
    markParticipantIds: participants.map((p) => p.id),
  };
}

/**
 * The sessions coordinators edit: those on the artists' days, reopened (`planned`) so that their
 * times may change; a done session only takes notes.
 */
async function editableSessions(database: TuttiDatabase, artists: BenchArtist[]) {
  const rows = await rowsOf<{ id: string; duration_min: number }>(
    database.db,
    sql`update sessions s set status = 'planned'
         from session_artists sa
        where sa.session_id = s.id and s.status <> 'cancelled'
          and sa.artist_id in (${sql.join(
            artists.map((a) => sql`${a.artistId}::uuid`),
            sql`, `,
          )})
          and to_char(s.starts_at at time zone s.time_zone, 'YYYY-MM') in (${sql.join(
            [...new Set(artists.map((a) => a.monthFrom.slice(0, 7)))].map((m) => sql`${m}`),
            sql`, `,
          )})
        returning s.id, (extract(epoch from s.ends_at - s.starts_at) / 60)::int as duration_min`,
  );
  return rows
    .filter((row) => row.duration_min > 10)
    .map((row) => ({ id: row.id, durationMin: row.duration_min }));
}

export async function prepareMixedFixtures(
  database: TuttiDatabase,
  orgId: string,
  artistCount: number,
): Promise<MixedFixtures> {
  const accounts = await ensureArtistAccounts(database, orgId, artistCount);
  const artists: BenchArtist[] = [];
  for (const account of accounts) {
    const fixture = await artistFixture(database, account);
    if (fixture && fixture.markParticipantIds.length > 0) artists.push(fixture);
  }
  if (artists.length === 0)
    throw new Error('No artist of the generated organisation leads a session');
  const editable = await editableSessions(database, artists);
  if (editable.length === 0) throw new Error('No session of the artists to edit');
  // Fresh statistics for every table: the planner must not depend on whether autovacuum ran.
  await database.db.execute(sql`analyze`);
  return { artists, editable };
}

/** Size and dead rows of the tables the mixed load writes, to see bloat grow between runs. */
export async function tableNote(database: TuttiDatabase): Promise<string> {
  const rows = await rowsOf<{ relname: string; mib: string; dead: string }>(
    database.db,
    sql`select relname, round(pg_total_relation_size(relid) / 1048576.0, 1)::text as mib,
               n_dead_tup::text as dead
          from pg_stat_user_tables
         where relname in ('org_data_versions', 'impact_data_versions', 'sessions',
                           'attendance_marks', 'attendance_operations', 'offline_operations')
         order by relname`,
  );
  return rows.map((r) => `${r.relname} ${r.mib} MiB ${r.dead} dead`).join('; ');
}

/** Shared buffers PostgreSQL has read for this database so far (hits and reads). */
export async function buffersRead(database: TuttiDatabase): Promise<number> {
  const [row] = await rowsOf<{ blocks: string }>(
    database.db,
    sql`select (blks_hit + blks_read)::text as blocks from pg_stat_database
         where datname = current_database()`,
  );
  return Number(row?.blocks ?? 0);
}
