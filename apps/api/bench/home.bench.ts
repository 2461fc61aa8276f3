// `npm run bench:home [-- --runs 40]`: the home page of each role of the generated organisation
// (`npm run seed:large`, run first if missing), computed as on the busiest Monday of its school
// year (the generated year is in the past: the service is given that morning as "now"). In this
// process, through the service and the database's tenant transaction (no HTTP): p50, p95 and max
// per role. PostgreSQL when DATABASE_URL is set, else PGlite in TUTTI_DATA_DIR (.tutti/bench-data).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Role } from '@tutti/contracts';
import { DEMO_PASSWORD, openDatabase, rowsOf, type TuttiDatabase } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { getHome } from '../src/modules/home/home.service';
import { hashPassword } from '../src/platform/auth/passwords';
import type { OrgActor } from '../src/platform/auth/request-auth';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
const runs = Number(values.runs);
const root = new URL('../../../', import.meta.url).pathname;
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.TUTTI_DATA_DIR ?? `${root}.tutti/bench-data`;
const target = databaseUrl
  ? ({ kind: 'postgres', url: databaseUrl, poolSize: 2 } as const)
  : ({ kind: 'pglite', dataDir } as const);

type Member = { userId: string; role: Role; email: string };

async function largeOrganisation(database: TuttiDatabase) {
  const [org] = await rowsOf<{ id: string }>(
    database.db,
    sql`select id from organisations where name = 'Grande structure (données générées)' limit 1`,
  );
  return org?.id ?? null;
}

/** A relay account following the six groups with the most sessions (seed:large has no relay). */
async function ensureRelay(database: TuttiDatabase, orgId: string) {
  const email = 'bench-relay@large.test';
  const [user] = await rowsOf<{ id: string }>(
    database.db,
    sql`insert into users (email, display_name, password_hash, email_verified_at)
        values (${email}, 'Bench relay', ${await hashPassword(DEMO_PASSWORD)}, now())
        on conflict (email) do update set display_name = excluded.display_name returning id`,
  );
  await database.db.execute(
    sql`insert into memberships (org_id, user_id, role) values (${orgId}, ${user!.id}, 'relay')
        on conflict do nothing`,
  );
  await database.db.execute(
    sql`update groups set relay_user_id = ${user!.id} where id in (
          select sg.group_id from session_groups sg join groups g on g.id = sg.group_id
           where g.org_id = ${orgId} and (g.relay_user_id is null or g.relay_user_id = ${user!.id})
           group by sg.group_id order by count(*) desc, sg.group_id limit 6)`,
  );
}

/** 07:00 UTC on the Monday of the week with the most sessions. */
async function busiestMonday(database: TuttiDatabase, orgId: string) {
  const [week] = await rowsOf<{ monday: string }>(
    database.db,
    sql`select to_char(date_trunc('week', starts_at), 'YYYY-MM-DD') as monday from sessions
         where org_id = ${orgId} group by 1 order by count(*) desc, 1 limit 1`,
  );
  return new Date(`${week!.monday}T07:00:00Z`);
}

async function members(database: TuttiDatabase, orgId: string) {
  return rowsOf<Member>(
    database.db,
    sql`select distinct on (m.role) m.user_id as "userId", m.role, u.email
          from memberships m join users u on u.id = m.user_id
         where m.org_id = ${orgId} order by m.role, u.email`,
  );
}

let database = await openDatabase(target);
await database.migrate();
let orgId = await largeOrganisation(database);
if (!orgId) {
  await database.close();
  console.log('No generated organisation yet: running `npm run seed:large` first.');
  const env = databaseUrl ? { DATABASE_URL: databaseUrl } : { TUTTI_DATA_DIR: dataDir };
  execFileSync('npm', ['run', 'seed:large'], { stdio: 'inherit', env: { ...process.env, ...env } });
  database = await openDatabase(target);
  orgId = (await largeOrganisation(database))!;
}
await ensureRelay(database, orgId);
const now = await busiestMonday(database, orgId);
const order: Role[] = ['admin', 'coordinator', 'artist', 'relay', 'viewer'];
const people = (await members(database, orgId)).sort(
  (a, b) => order.indexOf(a.role) - order.indexOf(b.role),
);

function actorOf(member: Member, dataVersion?: number): OrgActor & { dataVersion?: number } {
  const scope = { orgId: orgId!, userId: member.userId };
  return {
    ...scope,
    role: member.role,
    ...(dataVersion === undefined ? {} : { dataVersion }),
    inTenant: (work, options) =>
      database.withTenant({ ...scope, sensitive: options?.sensitive ?? false }, work),
  };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const loadBefore = loadavg()[0]!;
console.log(
  `\nbench:home on ${databaseUrl ? 'PostgreSQL' : 'the embedded PGlite'}, "now" = ${now.toISOString()} (busiest week), ${runs} runs per role`,
);
console.log('role          p50 ms   p95 ms   max ms   what it holds');
const lines: [string, Member, number | undefined][] = people.map((m) => [m.role, m, undefined]);
// The viewer's season figures are kept per data version: once cold (above), once reused.
const viewer = people.find((m) => m.role === 'viewer');
if (viewer) lines.push(['viewer (kept)', viewer, 1]);
for (const [label, member, dataVersion] of lines) {
  const actor = actorOf(member, dataVersion);
  let home = await getHome({ actor, now });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    home = await getHome({ actor, now });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const holds = home.week
    ? `${home.week.sessionCount} sessions in 7 days, ${home.week.missingConsents.participants} consents missing`
    : home.artist
      ? `next session ${home.artist.next?.local.date ?? 'none'}, ${home.artist.weekCount} in 7 days`
      : home.relayGroups
        ? `${home.relayGroups.length} groups`
        : home.figures
          ? `${home.figures.sessionsHeld} sessions held, ${home.figures.attendances} attendances`
          : '';
  console.log(
    `${label.padEnd(12)}${percentile(times, 0.5).toFixed(1).padStart(8)} ${percentile(times, 0.95).toFixed(1).padStart(8)} ${times.at(-1)!.toFixed(1).padStart(8)}   ${holds}`,
  );
}
console.log(
  `load average (1 min): ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
);
await database.close();
