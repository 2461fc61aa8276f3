// A network's shared library. Entries and takedown requests belong to the network (row-level
// security on, no policy: only the networks module reaches them, as the owner, filtered by one
// network after checking the reader's membership); an entry is a copy of what its organisation
// chose to share (text, a journey template's steps, the id of one of its files), never a person.
// What each organisation did with the library stays its own tenant data: the copies it made and
// the usage counted inside it.
import {
  agendaAudiences,
  type LibraryStep,
  libraryEntryKinds,
  libraryEntryStatuses,
  libraryLicences,
  networkLanguages,
  takedownStatuses,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { networks } from './networks';
import { organisations } from './organisations';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const libraryEntries = pgTable(
  'library_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: libraryEntryKinds }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body'),
    /** A journey template's steps, copied when shared (the template itself stays the owner's). */
    steps: jsonb('steps').$type<LibraryStep[]>().notNull().default([]),
    /** One of the owner's files (held: it cannot be deleted while shared), with what readers see. */
    fileId: uuid('file_id'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    language: text('language', { enum: networkLanguages }).notNull(),
    licence: text('licence', { enum: libraryLicences }).notNull(),
    version: integer('version').notNull().default(1),
    audiences: text('audiences', { enum: agendaAudiences })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Title, summary, text and tags folded by `foldText`: what the search reads. */
    searchText: text('search_text').notNull(),
    status: text('status', { enum: libraryEntryStatuses }).notNull().default('shared'),
    takenDownAt: timestamp('taken_down_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('library_entries_network_idx').on(t.networkId, t.status, t.updatedAt),
    index('library_entries_owner_idx').on(t.ownerOrgId),
  ],
).enableRLS();

/** A request to take an entry down (rights, consent, error), decided by its owner or a coordinator. */
export const libraryTakedowns = pgTable(
  'library_takedowns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => libraryEntries.id, { onDelete: 'cascade' }),
    requestedByOrgId: uuid('requested_by_org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: takedownStatuses }).notNull().default('open'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    index('library_takedowns_network_idx').on(t.networkId, t.status),
    index('library_takedowns_entry_idx').on(t.entryId),
  ],
).enableRLS();

/** A copy an organisation made of a library entry: a journey template or a space resource of its own. */
export const libraryCopies = pgTable(
  'library_copies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    /** The entry copied (no reference: the entry may be withdrawn, the copy stays). */
    entryId: uuid('entry_id').notNull(),
    networkId: uuid('network_id').notNull(),
    version: integer('version').notNull(),
    target: text('target', { enum: ['journey_template', 'space_resource'] }).notNull(),
    /** The copy; null once the organisation deleted it. */
    targetId: uuid('target_id'),
    copiedBy: uuid('copied_by'),
    copiedAt: timestamp('copied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('library_copies_org_idx').on(t.orgId, t.entryId), tenantPolicy('library_copies')],
).enableRLS();

/**
 * How an organisation used its copies of one entry, counted inside it (exact counts, its own data):
 * the library sums them over organisations and hides people under 5.
 */
export const libraryUsage = pgTable(
  'library_usage',
  {
    orgId: orgIdColumn(),
    entryId: uuid('entry_id').notNull(),
    journeys: integer('journeys').notNull(),
    sessions: integer('sessions').notNull(),
    people: integer('people').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.entryId] }),
    index('library_usage_entry_idx').on(t.entryId),
    tenantPolicy('library_usage'),
  ],
).enableRLS();
