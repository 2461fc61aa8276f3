// `npm run seed:large [-- --organisations N]`: organisations at the scale of a large association,
// for benchmarks: one, or N of them side by side in one database, as a network of organisations
// shares one deployment.
import { eq, like, sql } from 'drizzle-orm';
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
import { type Random, seededRandom } from './random';
import { largeTables } from './tables';

export const LARGE_ORGANISATION_NAME = 'Grande structure (données générées)';
/** The others of a network: 'Grande structure 2 (données générées)', 3… */
const OTHER_LARGE_NAME = /^Grande structure \d+ \(données générées\)$/;
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

type LargeAccount = { email: string; role: string; userId: string };

export type LargeOrganisation = {
  orgId: string;
  name: string;
  accounts: LargeAccount[];
  /** The artist record of its artist account. */
  artistId: string;
};

export type LargeSummary = {
  /** The first organisation: the one with the `…@large.test` accounts that benchmarks use. */
  orgId: string;
  organisations: LargeOrganisation[];
  schoolYears: string[];
  accounts: LargeAccount[];
  password: string;
  artistId: string;
  /** Rows of all the organisations together. */
  counts: Record<string, number>;
  durationMs: number;
};

/** The name and the accounts' e-mail addresses of the `index`th organisation (0 is the first). */
function identity(index: number) {
  if (index === 0) return { name: LARGE_ORGANISATION_NAME, email: (e: string) => e };
  return {
    name: `Grande structure ${index + 1} (données générées)`,
    email: (e: string) => e.replace('@', `.${index + 1}@`),
  };
}

/**
 * Organisation `index`'s random source: the stream of organisation 0 started 2^25 draws further
 * on (Mulberry32 steps its state by a constant), so that no two organisations share ids while
 * each draws fewer than 33 million numbers (one organisation-year draws about 2 million).
 */
function randomFor(seed: number, index: number) {
  return seededRandom((seed + Math.imul(index << 25, 0x6d2b79f5)) >>> 0);
}

/** Below the 128 organisations whose random streams do not meet (2^32 / 2^25 draws). */
export const MAX_LARGE_ORGANISATIONS = 100;

/**
 * Replaces the generated organisations (and their `@large.test` accounts) with `organisations`
 * new ones (1 by default) of `years` school years each, the last one ending before `now`, each
 * written in a transaction of its own. Never runs in production.
 *
 * @example await seedLargeOrganisation(database, { years: 1, organisations: 20, communes, hashPassword })
 */
export async function seedLargeOrganisation(
  database: TuttiDatabase,
  options: {
    years: number;
    organisations?: number;
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
  const count = options.organisations ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > MAX_LARGE_ORGANISATIONS) {
    throw new RangeError(`organisations: from 1 to ${MAX_LARGE_ORGANISATIONS}`);
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
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  await removeGenerated(database, log);
  const organisations: LargeOrganisation[] = [];
  const counts: Record<string, number> = {};
  for (let index = 0; index < count; index++) {
    const at = performance.now();
    const written = await seedOne(database, {
      index,
      random: randomFor(options.seed ?? 20_261_122, index),
      schoolYears,
      communes: options.communes,
      scale: options.scale ?? ONE_ASSOCIATION_YEAR,
      now,
      passwordHash,
      log: count === 1 ? log : () => {},
    });
    organisations.push(written.organisation);
    for (const [name, n] of Object.entries(written.counts)) counts[name] = (counts[name] ?? 0) + n;
    if (count > 1) {
      log(
        `${written.organisation.name}: ${written.counts.participants!.toLocaleString('en-GB')} participants, ${written.counts.attendanceMarks!.toLocaleString('en-GB')} marks in ${((performance.now() - at) / 1000).toFixed(1)} s`,
      );
    }
  }
  // Fresh statistics, so that the first queries plan well on the new rows; and the rows of the
  // organisations replaced cleared (a server's autovacuum may be off): the same seed gives the
  // same ids, so the new rows' lookups would otherwise meet their dead predecessors.
  const vacuumed = performance.now();
  await database.db.execute(sql`vacuum (analyze)`);
  log(`vacuum and analyze: ${Math.round(performance.now() - vacuumed)} ms`);
  const first = organisations[0]!;
  return {
    orgId: first.orgId,
    organisations,
    schoolYears: schoolYears.map((y) => `${y}-09-01..${y + 1}-08-31`),
    accounts: first.accounts,
    password: DEMO_PASSWORD,
    artistId: first.artistId,
    counts,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Deletes the generated organisations, one transaction each, and the `@large.test` accounts. */
async function removeGenerated(database: TuttiDatabase, log: (line: string) => void) {
  const previous = (
    await database.db
      .select({ id: schema.organisations.id, name: schema.organisations.name })
      .from(schema.organisations)
  ).filter((o) => o.name === LARGE_ORGANISATION_NAME || OTHER_LARGE_NAME.test(o.name));
  const at = performance.now();
  for (const organisation of previous) {
    await database.db
      .delete(schema.organisations)
      .where(eq(schema.organisations.id, organisation.id));
  }
  await database.db.delete(schema.users).where(like(schema.users.email, '%@large.test'));
  if (previous.length > 0) {
    log(
      `generated organisations removed: ${previous.length}, in ${Math.round(performance.now() - at)} ms`,
    );
  }
}

/** Plans and writes the `index`th organisation in one transaction. */
async function seedOne(
  database: TuttiDatabase,
  options: {
    index: number;
    random: Random;
    schoolYears: number[];
    communes: LargeCommune[];
    scale: LargeScale;
    now: Date;
    passwordHash: string;
    log: (line: string) => void;
  },
): Promise<{ organisation: LargeOrganisation; counts: Record<string, number> }> {
  const { random, now, passwordHash, log } = options;
  const { name, email } = identity(options.index);
  const started = performance.now();
  const orgId = random.uuid();
  const plan = planLargeOrganisation({
    orgId,
    random,
    communes: options.communes,
    schoolYears: options.schoolYears,
    scale: options.scale,
    now,
  });
  log(`planned in ${Math.round(performance.now() - started)} ms`);
  const accounts: LargeAccount[] = [];
  await database.db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await tx.insert(schema.organisations).values({ id: orgId, name });
    for (const account of largeAccounts) {
      const [user] = await tx
        .insert(schema.users)
        .values({
          email: email(account.email),
          displayName: account.displayName,
          passwordHash,
          emailVerifiedAt: now,
        })
        .returning({ id: schema.users.id });
      await tx.insert(schema.memberships).values({ orgId, userId: user!.id, role: account.role });
      accounts.push({ email: email(account.email), role: account.role, userId: user!.id });
    }
    for (const { rows, table, columns } of largeTables) {
      const at = performance.now();
      await insertRows(tx, table, columns, plan[rows]);
      log(`${table}: ${Math.round(performance.now() - at)} ms`);
    }
    const artistUser = accounts.find((a) => a.role === 'artist')!;
    await tx.execute(
      sql`update artists set user_id = ${artistUser.userId} where id = ${plan.artistIds[0]!}`,
    );
  });
  const kinds = new Map<string, number>();
  for (const row of plan.sessions) kinds.set(String(row[3]), (kinds.get(String(row[3])) ?? 0) + 1);
  return {
    organisation: { orgId, name, accounts, artistId: plan.artistIds[0]! },
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
      concertOrders: plan.orders.length,
      venues: plan.venues.length,
      projects: plan.projects.length,
      artists: plan.artists.length,
      accessNeeds: plan.accessNeeds.length,
    },
  };
}
