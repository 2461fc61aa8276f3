// The journey space: a library of resources shared across the organisation's journeys, the
// entries that place them in a journey's playlist or resources (for one journey, or for every
// journey of a template in a project), and each space's settings.
import type {
  SpaceAudience,
  SpaceChapter,
  SpaceLicence,
  SpaceProgrammePiece,
  SpaceResourceKind,
  SpaceSection,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { timestamps } from './columns';
import { files } from './files';
import { journeys, journeyTemplates } from './journeys';
import { participants } from './participants';
import { projects } from './projects';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

/** A space's own settings; a journey without a row has a space with none. */
export const journeySpaces = pgTable(
  'journey_spaces',
  {
    journeyId: uuid('journey_id')
      .primaryKey()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    welcome: text('welcome'),
    /** An easy-to-read summary of the journey (short sentences, one idea each: FALC). */
    easyRead: text('easy_read'),
    /** Also a public page at /p/<org>/parcours/<public_slug>; null: by the group link only. */
    publicSlug: text('public_slug'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('journey_spaces_public_slug_unique').on(t.orgId, t.publicSlug),
    tenantPolicy('journey_spaces'),
  ],
).enableRLS();

export const spaceResources = pgTable(
  'space_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    kind: text('kind').$type<SpaceResourceKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** Exactly one of file, url and text (checked); a deleted file leaves the resource empty. */
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    url: text('url'),
    text: text('text'),
    /** What the provider's oEmbed answered for a known platform's link. */
    linkProvider: text('link_provider'),
    embedTitle: text('embed_title'),
    embedAuthor: text('embed_author'),
    licence: text('licence').$type<SpaceLicence>().notNull(),
    rightsNote: text('rights_note'),
    downloadable: boolean('downloadable').notNull().default(false),
    /** Dates on the organisation's clocks, both included. */
    availableFrom: date('available_from'),
    availableUntil: date('available_until'),
    audience: text('audience').$type<SpaceAudience>().notNull().default('everyone'),
    /** The session it was recorded or taken at. */
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    showsPeople: boolean('shows_people').notNull().default(false),
    chapters: jsonb('chapters').$type<SpaceChapter[]>().notNull().default([]),
    /** Asked for by a coordinator; shown only while every person it shows consents. */
    published: boolean('published').notNull().default(false),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('space_resources_org_idx').on(t.orgId, t.createdAt),
    index('space_resources_file_idx').on(t.fileId).where(sql`file_id is not null`),
    tenantPolicy('space_resources'),
  ],
).enableRLS();

/**
 * A video's captions in one language, as a WebVTT file checked on the way in (the words said or
 * sung, for people who do not hear them; or a translation).
 */
export const spaceResourceCaptions = pgTable(
  'space_resource_captions',
  {
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => spaceResources.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    /** A BCP 47 language tag: `fr`, `ar`, `pt-BR`. */
    lang: text('lang').notNull(),
    vtt: text('vtt').notNull(),
    cueCount: integer('cue_count').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.lang] }),
    index('space_resource_captions_org_idx').on(t.orgId),
    tenantPolicy('space_resource_captions'),
  ],
).enableRLS();

/**
 * Who a resource shows or lets one hear: its publication waits for each one's consent. A deleted
 * participant leaves a row without a participant, which keeps the resource held back: the
 * recording still shows them.
 */
export const spaceResourceParticipants = pgTable(
  'space_resource_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => spaceResources.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').references(() => participants.id, {
      onDelete: 'set null',
    }),
    orgId: orgIdColumn(),
  },
  (t) => [
    uniqueIndex('space_resource_participants_unique').on(t.resourceId, t.participantId),
    index('space_resource_participants_org_idx').on(t.orgId, t.resourceId),
    index('space_resource_participants_participant_idx').on(t.participantId),
    tenantPolicy('space_resource_participants'),
  ],
).enableRLS();

/**
 * A resource placed in a space: for one journey, or shared by every journey of a template in a
 * project; for the whole journey, or for one step (by position, shown once it took place).
 */
export const spaceEntries = pgTable(
  'space_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => spaceResources.id, { onDelete: 'cascade' }),
    journeyId: uuid('journey_id').references(() => journeys.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id').references(() => journeyTemplates.id, {
      onDelete: 'cascade',
    }),
    section: text('section').$type<SpaceSection>().notNull(),
    stepPosition: integer('step_position'),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('space_entries_journey_idx').on(t.journeyId).where(sql`journey_id is not null`),
    index('space_entries_shared_idx')
      .on(t.projectId, t.templateId)
      .where(sql`template_id is not null`),
    index('space_entries_resource_idx').on(t.resourceId),
    index('space_entries_org_idx').on(t.orgId, t.section),
    check(
      'space_entries_one_scope',
      sql`(journey_id is not null and project_id is null and template_id is null) or (journey_id is null and project_id is not null and template_id is not null)`,
    ),
    tenantPolicy('space_entries'),
  ],
).enableRLS();

/**
 * A concert step as its space shows it: the live stream's link on the day (from
 * `stream_opens_minutes` before the start, never before that day began on the space's clocks,
 * until the end) and the programme families download as a PDF.
 */
export const spaceConcerts = pgTable(
  'space_concerts',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    orgId: orgIdColumn(),
    streamUrl: text('stream_url'),
    streamOpensMinutes: integer('stream_opens_minutes').notNull().default(60),
    programme: jsonb('programme').$type<SpaceProgrammePiece[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [index('space_concerts_org_idx').on(t.orgId), tenantPolicy('space_concerts')],
).enableRLS();
