// Venues: where sessions happen, with capacity, accessibility, equipment and availability.
import { equipmentItems, venueKinds } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  time,
  uuid,
} from 'drizzle-orm/pg-core';
import { address, archivedAt, coordinates, timestamps } from './columns';
import { orgIdColumn, tenantPolicy } from './tenancy';

export type VenueAccessibility = {
  accessibleToilets?: boolean;
  hearingLoop?: boolean;
  accessibleParking?: boolean;
  lift?: boolean;
  notes?: string;
};

export const venues = pgTable(
  'venues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    name: text('name').notNull(),
    kind: text('kind', { enum: venueKinds }).notNull(),
    ...address(),
    ...coordinates(),
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    capacity: integer('capacity'),
    stepFreeAccess: boolean('step_free_access').notNull().default(false),
    accessibility: jsonb('accessibility').$type<VenueAccessibility>().notNull().default({}),
    equipment: text('equipment', { enum: equipmentItems })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    partnerId: uuid('partner_id'),
    notes: text('notes'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('venues_org_name_idx').on(t.orgId, t.name), tenantPolicy('venues')],
).enableRLS();

/** Weekly opening windows in the venue's local time; no window at all means always available. */
export const venueAvailability = pgTable(
  'venue_availability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    venueId: uuid('venue_id')
      .notNull()
      .references(() => venues.id, { onDelete: 'cascade' }),
    /** ISO weekday: 1 = Monday ... 7 = Sunday. */
    weekday: smallint('weekday').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
  },
  (t) => [
    index('venue_availability_org_idx').on(t.orgId, t.venueId),
    index('venue_availability_venue_idx').on(t.venueId),
    tenantPolicy('venue_availability'),
  ],
).enableRLS();

export const venueBlackouts = pgTable(
  'venue_blackouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    venueId: uuid('venue_id')
      .notNull()
      .references(() => venues.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('venue_blackouts_org_idx').on(t.orgId, t.venueId),
    index('venue_blackouts_venue_idx').on(t.venueId),
    tenantPolicy('venue_blackouts'),
  ],
).enableRLS();
