// `npm run seed:large`: one organisation at the scale of a large association, for benchmarks.
import { inArray, like, sql } from 'drizzle-orm';
import type { Db, TuttiDatabase } from '../../client';
import * as schema from '../../schema/index';
import { DEMO_PASSWORD, DemoRefusedError } from '../demo';
import { insertRows } from './bulk';
import {
  type LargeCommune,
  type LargeScale,
  ONE_ASSOCIATION_YEAR,
  planLargeOrganisation,
} from './plan';
import { seededRandom } from './random';

export const LARGE_ORGANISATION_NAME = 'Grande structure (données générées)';
export const largeAccounts = [
  { email: 'admin@large.test', role: 'admin', displayName: 'Admin (données générées)' },
  {
    email: 'coordinator@large.test',
    role: 'coordinator',
    displayName: 'Coordination (données générées)',
  },
  { email: 'artist@large.test', role: 'artist', displayName: 'Artiste 1 (données générées)' },
  { email: 'viewer@large.test', role: 'viewer', displayName: 'Financeur (données générées)' },
] as const;

export type LargeSummary = {
  orgId: string;
  schoolYears: string[];
  accounts: { email: string; role: string; userId: string }[];
  password: string;
  artistId: string;
  counts: Record<string, number>;
  durationMs: number;
};

/**
 * Replaces the generated organisation (and its `@large.test` accounts) with a new one of
 * `years` school years, the last one ending before `now`. Never runs in production.
 *
 * @example await seedLargeOrganisation(database, { years: 1, communes, hashPassword })
 */
export async function seedLargeOrganisation(
  database: TuttiDatabase,
  options: {
    years: number;
    communes: LargeCommune[];
    hashPassword(password: string): Promise<string>;
    scale?: LargeScale;
    now?: Date;
    seed?: number;
    env?: string;
    log?: (line: string) => void;
  },
): Promise<LargeSummary> {
  if ((options.env ?? process.env.NODE_ENV) === 'production') {
    throw new DemoRefusedError(
      'Generated organisations are never created when NODE_ENV=production',
    );
  }
  const started = performance.now();
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  // The last school year (September to August) that has ended, and the ones before it.
  const lastStart = now.getUTCMonth() >= 8 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
  const schoolYears = Array.from(
    { length: options.years },
    (_, i) => lastStart - options.years + 1 + i,
  );
  const random = seededRandom(options.seed ?? 20_261_122);
  const orgId = random.uuid();
  const plan = planLargeOrganisation({
    orgId,
    random,
    communes: options.communes,
    schoolYears,
    scale: options.scale ?? ONE_ASSOCIATION_YEAR,
    now,
  });
  log(`planned in ${Math.round(performance.now() - started)} ms`);
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const accounts: LargeSummary['accounts'] = [];
  await database.db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const previous = await tx
      .select({ id: schema.organisations.id })
      .from(schema.organisations)
      .where(sql`${schema.organisations.name} = ${LARGE_ORGANISATION_NAME}`);
    if (previous.length > 0) {
      await tx.delete(schema.organisations).where(
        inArray(
          schema.organisations.id,
          previous.map((p) => p.id),
        ),
      );
    }
    await tx.delete(schema.users).where(like(schema.users.email, '%@large.test'));
    await tx.insert(schema.organisations).values({ id: orgId, name: LARGE_ORGANISATION_NAME });
    for (const account of largeAccounts) {
      const [user] = await tx
        .insert(schema.users)
        .values({
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          emailVerifiedAt: now,
        })
        .returning({ id: schema.users.id });
      await tx.insert(schema.memberships).values({ orgId, userId: user!.id, role: account.role });
      accounts.push({ email: account.email, role: account.role, userId: user!.id });
    }
    const step = async (name: string, work: () => Promise<unknown>) => {
      const at = performance.now();
      await work();
      log(`${name}: ${Math.round(performance.now() - at)} ms`);
    };
    await step('projects', () =>
      insertRows(
        tx,
        'projects',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['name', 'text'],
          ['status', 'text'],
          ['starts_on', 'date'],
          ['ends_on', 'date'],
        ],
        plan.projects,
      ),
    );
    await step('venues', () =>
      insertRows(
        tx,
        'venues',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['name', 'text'],
          ['kind', 'text'],
          ['commune_code', 'text'],
          ['commune_name', 'text'],
          ['latitude', 'float8'],
          ['longitude', 'float8'],
          ['capacity', 'integer'],
        ],
        plan.venues,
      ),
    );
    await step('artists', () =>
      insertRows(
        tx,
        'artists',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['display_name', 'text'],
          ['home_commune_code', 'text'],
          ['home_commune_name', 'text'],
          ['latitude', 'float8'],
          ['longitude', 'float8'],
        ],
        plan.artists,
      ),
    );
    const artistUser = accounts.find((a) => a.role === 'artist')!;
    await tx.execute(
      sql`update artists set user_id = ${artistUser.userId} where id = ${plan.artistIds[0]!}`,
    );
    await step('groups', () =>
      insertRows(
        tx,
        'groups',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['name', 'text'],
          ['kind', 'text'],
          ['listed_individually', 'boolean'],
          ['expected_size', 'integer'],
          ['age_band', 'text'],
          ['commune_code', 'text'],
          ['commune_name', 'text'],
        ],
        plan.groups,
      ),
    );
    await step('participants', () =>
      insertRows(
        tx,
        'participants',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['group_id', 'uuid'],
          ['first_name', 'text'],
          ['age_band', 'text'],
          ['search_name', 'text'],
          ['retain_until', 'date'],
        ],
        plan.participants,
      ),
    );
    await step('access needs', () =>
      insertRows(
        tx,
        'participant_access_needs',
        [
          ['participant_id', 'uuid'],
          ['org_id', 'uuid'],
          ['needs', 'text'],
        ],
        plan.accessNeeds,
      ),
    );
    await step('sessions', () =>
      insertRows(
        tx,
        'sessions',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['project_id', 'uuid'],
          ['kind', 'text'],
          ['venue_id', 'uuid'],
          ['starts_at', 'timestamptz'],
          ['ends_at', 'timestamptz'],
          ['time_zone', 'text'],
          ['status', 'text'],
          ['updated_at', 'timestamptz'],
        ],
        plan.sessions,
      ),
    );
    await step('session groups', () =>
      insertRows(
        tx,
        'session_groups',
        [
          ['org_id', 'uuid'],
          ['session_id', 'uuid'],
          ['group_id', 'uuid'],
        ],
        plan.sessionGroups,
      ),
    );
    await step('session artists', () =>
      insertRows(
        tx,
        'session_artists',
        [
          ['org_id', 'uuid'],
          ['session_id', 'uuid'],
          ['artist_id', 'uuid'],
        ],
        plan.sessionArtists,
      ),
    );
    await step('attendance marks', () =>
      insertRows(
        tx,
        'attendance_marks',
        [
          ['org_id', 'uuid'],
          ['session_id', 'uuid'],
          ['participant_id', 'uuid'],
          ['status', 'text'],
          ['recorded_at', 'timestamptz'],
          ['device_id', 'text'],
          ['op_id', 'uuid'],
        ],
        plan.marks,
      ),
    );
    await step('head counts', () =>
      insertRows(
        tx,
        'session_headcounts',
        [
          ['id', 'uuid'],
          ['org_id', 'uuid'],
          ['session_id', 'uuid'],
          ['group_id', 'uuid'],
          ['count', 'integer'],
          ['recorded_at', 'timestamptz'],
          ['device_id', 'text'],
          ['op_id', 'uuid'],
        ],
        plan.headcounts,
      ),
    );
  });
  // Fresh statistics, so that the first queries plan well on the new rows.
  await database.db.execute(
    sql`analyze sessions, attendance_marks, participants, session_headcounts, groups, venues`,
  );
  const kinds = new Map<string, number>();
  for (const row of plan.sessions) kinds.set(String(row[3]), (kinds.get(String(row[3])) ?? 0) + 1);
  return {
    orgId,
    schoolYears: schoolYears.map((y) => `${y}-09-01..${y + 1}-08-31`),
    accounts,
    password: DEMO_PASSWORD,
    artistId: plan.artistIds[0]!,
    counts: {
      participants: plan.participants.length,
      groups: plan.groups.length,
      workshops: [...kinds]
        .filter(([k]) => k.startsWith('workshop_'))
        .reduce((s, [, n]) => s + n, 0),
      concerts: kinds.get('concert') ?? 0,
      online: kinds.get('online') ?? 0,
      attendanceMarks: plan.marks.length,
      headcounts: plan.headcounts.length,
      venues: plan.venues.length,
      projects: plan.projects.length,
      artists: plan.artists.length,
      accessNeeds: plan.accessNeeds.length,
    },
    durationMs: Math.round(performance.now() - started),
  };
}
