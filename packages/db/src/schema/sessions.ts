// Sessions: a workshop, concert or online meeting at a time and venue, with artists and groups.
import { sessionKinds, sessionStatuses } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { artists } from './artists';
import { timestamps } from './columns';
import { journeys } from './journeys';
import { groups } from './participants';
import { projects } from './projects';
import { orgIdColumn, tenantPolicy } from './tenancy';
import { venues } from './venues';

export type ConflictOverride = { codes: string[]; reason: string; by: string; at: string };

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'no action' }),
    journeyId: uuid('journey_id').references(() => journeys.id, { onDelete: 'set null' }),
    journeyPosition: integer('journey_position'),
    kind: text('kind', { enum: sessionKinds }).notNull(),
    title: text('title'),
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'no action' }),
    /** Stored in UTC; shown in `time_zone`, the venue's zone when the session was placed. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    capacity: integer('capacity'),
    status: text('status', { enum: sessionStatuses }).notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    onlineUrl: text('online_url'),
    notes: text('notes'),
    /** Conflicts a coordinator chose to accept, with why; null when none. */
    conflictOverride: jsonb('conflict_override').$type<ConflictOverride>(),
    /** Shown on the organisation's public pages (concerts and open workshops only). */
    isPublic: boolean('is_public').notNull().default(false),
    /** The short code of its public page (/p/<org>/e/<code>), given when first published, then kept. */
    publicCode: text('public_code'),
    ...timestamps(),
  },
  (t) => [
    index('sessions_org_starts_idx').on(t.orgId, t.startsAt),
    /** The longest session of an organisation, read at once: it bounds an overlap search. */
    index('sessions_org_duration_idx').on(t.orgId, sql`(${t.endsAt} - ${t.startsAt})`),
    index('sessions_project_starts_idx').on(t.projectId, t.startsAt),
    index('sessions_venue_starts_idx').on(t.venueId, t.startsAt),
    index('sessions_journey_idx').on(t.journeyId).where(sql`journey_id is not null`),
    uniqueIndex('sessions_public_code_unique').on(t.orgId, t.publicCode),
    index('sessions_public_idx').on(t.orgId, t.startsAt).where(sql`is_public`),
    tenantPolicy('sessions'),
  ],
).enableRLS();

export const sessionArtists = pgTable(
  'session_artists',
  {
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    artistId: uuid('artist_id')
      .notNull()
      .references(() => artists.id, { onDelete: 'no action' }),
  },
  (t) => [
    index('session_artists_org_idx').on(t.orgId, t.sessionId),
    primaryKey({ columns: [t.sessionId, t.artistId] }),
    index('session_artists_artist_idx').on(t.artistId),
    tenantPolicy('session_artists'),
  ],
).enableRLS();

export const sessionGroups = pgTable(
  'session_groups',
  {
    orgId: orgIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'no action' }),
  },
  (t) => [
    index('session_groups_org_idx').on(t.orgId, t.sessionId),
    primaryKey({ columns: [t.sessionId, t.groupId] }),
    index('session_groups_group_idx').on(t.groupId),
    tenantPolicy('session_groups'),
  ],
).enableRLS();
