// Networks of organisations. A network's tables belong to no single organisation: row-level
// security is on with no policy for the application role, so no tenant transaction ever reads
// them; the networks module reaches them as the owner, always filtered by one network after
// checking the user's network role. What each organisation shares (its figures) stays its own
// tenant data; the agenda holds copies of what members chose to publish, never a person.
import {
  agendaAccessibility,
  agendaAudiences,
  agendaCategories,
  networkCountries,
  networkLanguages,
  networkMemberStatuses,
  networkRoles,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
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
import { users } from './accounts';
import { organisations } from './organisations';
import { orgIdColumn, tenantPolicy } from './tenancy';

export type FigureCommune = {
  code: string;
  name: string | null;
  latitude: number;
  longitude: number;
};

const emptyArray = sql`'{}'::text[]`;
const memberOrg = () =>
  uuid('member_org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

export const networks = pgTable(
  'networks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description'),
    /** The founding organisation: the public page lives under its public address. */
    homeOrgId: uuid('home_org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    published: boolean('published').notNull().default(true),
    /** Raised by every change to what the public page shows (agenda, members). */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('networks_slug_unique').on(t.slug),
    index('networks_home_org_idx').on(t.homeOrgId),
  ],
).enableRLS();

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    memberOrgId: memberOrg(),
    status: text('status', { enum: networkMemberStatuses }).notNull(),
    country: text('country', { enum: networkCountries }).notNull().default('FR'),
    languages: text('languages', { enum: networkLanguages }).array().notNull().default(emptyArray),
    /** Both sides' acceptance: the network's (a coordinator) and the organisation's (an admin). */
    networkAcceptedAt: timestamp('network_accepted_at', { withTimezone: true }),
    orgAcceptedAt: timestamp('org_accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.memberOrgId] }),
    index('network_members_org_idx').on(t.memberOrgId),
  ],
).enableRLS();

/** Network roles, held by users of member organisations. */
export const networkRoleHolders = pgTable(
  'network_role_holders',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    memberOrgId: memberOrg(),
    role: text('role', { enum: networkRoles }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    index('network_role_holders_user_idx').on(t.userId),
    index('network_role_holders_org_idx').on(t.memberOrgId),
  ],
).enableRLS();

/**
 * An organisation's aggregated figures for one period, already suppressed (null: hidden because
 * fewer than 5 people stand behind it, with `*_hidden`; a missing row: not reported), computed
 * by the impact module's functions and refreshed on demand or by the nightly job.
 */
export const organisationFigures = pgTable(
  'organisation_figures',
  {
    orgId: orgIdColumn().primaryKey(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    beneficiaries: integer('beneficiaries'),
    beneficiariesHidden: boolean('beneficiaries_hidden').notNull().default(false),
    sessions: integer('sessions').notNull(),
    hours: doublePrecision('hours'),
    hoursHidden: boolean('hours_hidden').notNull().default(false),
    carbonPerBeneficiaryKg: doublePrecision('carbon_per_beneficiary_kg'),
    carbonHidden: boolean('carbon_hidden').notNull().default(false),
    /** Share of followed-up participants who went on after a journey (0–1), as Impact shows it. */
    continuationRate: doublePrecision('continuation_rate'),
    continuationHidden: boolean('continuation_hidden').notNull().default(false),
    /** The communes where sessions were held, with their positions (no people). */
    communes: jsonb('communes').$type<FigureCommune[]>().notNull().default([]),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantPolicy('organisation_figures')],
).enableRLS();

/** An event of a network's agenda: a copy of what the public sees of a member's session. */
export const networkEvents = pgTable(
  'network_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    memberOrgId: memberOrg(),
    sessionId: uuid('session_id').notNull(),
    title: text('title').notNull(),
    category: text('category', { enum: agendaCategories }).notNull(),
    audiences: text('audiences', { enum: agendaAudiences }).array().notNull().default(emptyArray),
    accessibility: text('accessibility', { enum: agendaAccessibility })
      .array()
      .notNull()
      .default(emptyArray),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    venueName: text('venue_name'),
    address: text('address'),
    postalCode: text('postal_code'),
    communeCode: text('commune_code'),
    communeName: text('commune_name'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The path of the event's public page on its organisation's site (/p/<slug>/e/<code>). */
    publicPath: text('public_path'),
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('network_events_source_unique').on(t.networkId, t.memberOrgId, t.sessionId),
    index('network_events_agenda_idx').on(t.networkId, t.startsAt),
    index('network_events_org_idx').on(t.memberOrgId),
  ],
).enableRLS();

/** A news post a member publishes to a network (its Atom feed); signed by the organisation. */
export const networkNews = pgTable(
  'network_news',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    memberOrgId: memberOrg(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('network_news_feed_idx').on(t.networkId, t.publishedAt),
    index('network_news_org_idx').on(t.memberOrgId),
  ],
).enableRLS();
