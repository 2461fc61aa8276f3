// Artists: what they play and lead, where they live, how they travel, when they are available.
import { sessionKinds, transportModes } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, smallint, text, time, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { archivedAt, coordinates, timestamps } from './columns';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const artists = pgTable(
  'artists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    /** The artist's own account, when they use Tutti (their day, attendance, calendar). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    displayName: text('display_name').notNull(),
    email: text('email'),
    instruments: text('instruments').array().notNull().default(sql`'{}'::text[]`),
    skills: text('skills', { enum: sessionKinds }).array().notNull().default(sql`'{}'::text[]`),
    homeCommuneCode: text('home_commune_code'),
    homeCommuneName: text('home_commune_name'),
    ...coordinates(),
    transportMode: text('transport_mode', { enum: transportModes }).notNull().default('car'),
    maxTravelKmPerDay: integer('max_travel_km_per_day'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [
    index('artists_org_name_idx').on(t.orgId, t.displayName),
    index('artists_user_idx').on(t.userId),
    tenantPolicy('artists'),
  ],
).enableRLS();

/** Weekly working windows; no window at all means available on any day. */
export const artistAvailability = pgTable(
  'artist_availability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    artistId: uuid('artist_id')
      .notNull()
      .references(() => artists.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
  },
  (t) => [
    index('artist_availability_org_idx').on(t.orgId, t.artistId),
    index('artist_availability_artist_idx').on(t.artistId),
    tenantPolicy('artist_availability'),
  ],
).enableRLS();

export const artistUnavailability = pgTable(
  'artist_unavailability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    artistId: uuid('artist_id')
      .notNull()
      .references(() => artists.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('artist_unavailability_org_idx').on(t.orgId, t.artistId),
    index('artist_unavailability_artist_idx').on(t.artistId),
    tenantPolicy('artist_unavailability'),
  ],
).enableRLS();
