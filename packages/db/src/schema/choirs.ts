// Choirs: a choir's sites (sub-groups rehearsing at a venue), voice parts with their section
// leaders, seasons, and members. A member is a participant of the organisation (first name, age
// band, consent for minors, retention and person rights come with it); the choir adds only the
// part, the site and, when the singer has an account, the link to it.
import { choirContactChannels, locales } from '@tutti/contracts';
import {
  boolean,
  date,
  index,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps } from './columns';
import { groups, participants } from './participants';
import { projects } from './projects';
import { orgIdColumn, tenantPolicy } from './tenancy';
import { venues } from './venues';

export const choirs = pgTable(
  'choirs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    name: text('name').notNull(),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [index('choirs_org_idx').on(t.orgId, t.name), tenantPolicy('choirs')],
).enableRLS();

/** A sub-group of the choir rehearsing at one venue; new singers of the site join its group. */
export const choirSites = pgTable(
  'choir_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    choirId: uuid('choir_id')
      .notNull()
      .references(() => choirs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'set null' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'no action' }),
    position: smallint('position').notNull(),
  },
  (t) => [
    index('choir_sites_org_idx').on(t.orgId, t.choirId),
    index('choir_sites_choir_idx').on(t.choirId, t.position),
    tenantPolicy('choir_sites'),
  ],
).enableRLS();

/** A voice part (S1, A2… or a custom one such as a youth level), which is also a section. */
export const choirParts = pgTable(
  'choir_parts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    choirId: uuid('choir_id')
      .notNull()
      .references(() => choirs.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    position: smallint('position').notNull(),
    /** Singers the part needs on stage; under it before a concert, the readiness view alerts. */
    minSingers: smallint('min_singers').notNull().default(0),
    /** The section leader, a member of the choir (set once members exist). */
    leaderMemberId: uuid('leader_member_id'),
  },
  (t) => [
    index('choir_parts_org_idx').on(t.orgId, t.choirId),
    uniqueIndex('choir_parts_code_unique').on(t.choirId, t.code),
    tenantPolicy('choir_parts'),
  ],
).enableRLS();

/** A season or project: groups the repertoire, the rehearsals and the concerts. */
export const choirSeasons = pgTable(
  'choir_seasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    choirId: uuid('choir_id')
      .notNull()
      .references(() => choirs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [index('choir_seasons_org_idx').on(t.orgId, t.choirId), tenantPolicy('choir_seasons')],
).enableRLS();

export const choirMembers = pgTable(
  'choir_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    choirId: uuid('choir_id')
      .notNull()
      .references(() => choirs.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => choirSites.id, { onDelete: 'no action' }),
    /** The primary part; per-piece exceptions are in choir_divisi. */
    partId: uuid('part_id')
      .notNull()
      .references(() => choirParts.id, { onDelete: 'no action' }),
    /** The singer's own account, which opens their page (next rehearsals, pieces, tracks). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** A guest singer of one season or project only. */
    guestSeasonId: uuid('guest_season_id').references(() => choirSeasons.id, {
      onDelete: 'cascade',
    }),
    /** How the choir's messages reach the singer; `none` keeps them out of every message. */
    contactBy: text('contact_by', { enum: choirContactChannels }).notNull().default('none'),
    /** The address messages go to when `contactBy` is `email` (the singer's or a guardian's). */
    contactEmail: text('contact_email'),
    /** The language of the choir's messages when known; else the account's, else French. */
    locale: text('locale', { enum: locales }),
    active: boolean('active').notNull().default(true),
    /**
     * The day the singer left (set with `active` false): from then they get no page, feed or
     * message; their history stays until the participants' retention rule ends it.
     */
    leftOn: date('left_on'),
    ...timestamps(),
  },
  (t) => [
    index('choir_members_org_idx').on(t.orgId, t.choirId),
    uniqueIndex('choir_members_participant_unique').on(t.choirId, t.participantId),
    index('choir_members_participant_idx').on(t.participantId),
    index('choir_members_user_idx').on(t.userId),
    tenantPolicy('choir_members'),
  ],
).enableRLS();
