// The demo organisation: one account per role and, step by step, a realistic season of work.
import { eq, like } from 'drizzle-orm';
import type { Db, TuttiDatabase } from '../client';
import * as schema from '../schema/index';

export const DEMO_PASSWORD = 'tutti-demo-password';
export const DEMO_ORGANISATION_NAME = 'Musique en Chemins (démo)';

export const demoAccounts = [
  { email: 'admin@demo.test', role: 'admin', displayName: 'Claire Martin' },
  { email: 'coordinator@demo.test', role: 'coordinator', displayName: 'Karim Benali' },
  { email: 'artist@demo.test', role: 'artist', displayName: 'Sophie Laurent' },
  { email: 'relay@demo.test', role: 'relay', displayName: 'Julien Moreau' },
  { email: 'viewer@demo.test', role: 'viewer', displayName: 'Nadia Haddad' },
  { email: 'juror@demo.test', role: 'juror', displayName: 'Élise Vautrin' },
] as const;

export type DemoContext = {
  db: Db;
  orgId: string;
  userIds: Record<(typeof demoAccounts)[number]['role'], string>;
  /** The day the demo is seeded on: every date of the demo is placed around it. */
  now: Date;
};

/** A feature adds its demo content by appending a step; steps run in order in one transaction. */
export type DemoStep = { name: string; run(context: DemoContext): Promise<void> };

export class DemoRefusedError extends Error {}

/**
 * Replaces the demo organisation and its accounts with fresh ones. Never runs in production.
 * `now` places the demo around another day than today (tests check it holds on any day).
 *
 * @example await seedDemo(database, { hashPassword, steps: [] })
 */
export async function seedDemo(
  database: TuttiDatabase,
  options: {
    hashPassword(password: string): Promise<string>;
    steps?: DemoStep[];
    env?: string;
    now?: Date;
  },
) {
  if ((options.env ?? process.env.NODE_ENV) === 'production') {
    throw new DemoRefusedError('The demo organisation is never created when NODE_ENV=production');
  }
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const now = options.now ?? new Date();
  await database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.delete(schema.organisations).where(eq(schema.organisations.isDemo, true));
    await db.delete(schema.users).where(like(schema.users.email, '%@demo.test'));
    const [organisation] = await db
      .insert(schema.organisations)
      .values({ name: DEMO_ORGANISATION_NAME, isDemo: true })
      .returning();
    const users = await db
      .insert(schema.users)
      .values(
        demoAccounts.map((account) => ({
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          emailVerifiedAt: now,
        })),
      )
      .returning();
    const userIds = Object.fromEntries(
      demoAccounts.map((account, i) => [account.role, users[i]!.id]),
    ) as DemoContext['userIds'];
    await db.insert(schema.memberships).values(
      demoAccounts.map((account) => ({
        orgId: organisation!.id,
        userId: userIds[account.role],
        role: account.role,
      })),
    );
    for (const step of options.steps ?? []) {
      await step.run({ db, orgId: organisation!.id, userIds, now });
    }
  });
}

/** True when the database holds no organisation and no account: a first start. */
export async function isEmptyDatabase(database: TuttiDatabase) {
  const [anyUser] = await database.db.select({ id: schema.users.id }).from(schema.users).limit(1);
  const [anyOrg] = await database.db
    .select({ id: schema.organisations.id })
    .from(schema.organisations)
    .limit(1);
  return !anyUser && !anyOrg;
}
