// The directory of amateur practice: ensembles people can join, the places they rehearse, and the
// requests for help to start one where nothing is within reach.
import {
  ageBands,
  ensembleKinds,
  ensembleLanguages,
  ensembleLevels,
  ensembleParts,
  ensembleSources,
  ensembleStatuses,
  learningTools,
  locales,
  musicGenres,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { address, coordinates, timestamps } from './columns';
import { orgIdColumn, tenantPolicy } from './tenancy';
import { venues } from './venues';

export type EnsembleRehearsal = { rule: string; startTime: string; durationMin: number };
export type EnsembleAccessibility = {
  stepFreeAccess?: boolean;
  accessibleToilets?: boolean;
  hearingLoop?: boolean;
  largePrintScores?: boolean;
  notes?: string;
};

const emptyArray = sql`'{}'::text[]`;

export const ensembles = pgTable(
  'ensembles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    /** The short code of its public page (/p/<org>/ensembles/<code>). */
    publicCode: text('public_code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ensembleKinds }).notNull(),
    description: text('description'),
    status: text('status', { enum: ensembleStatuses }).notNull(),
    source: text('source', { enum: ensembleSources }).notNull(),
    /** RFC 5545 rules with a local start time and a length. */
    rehearsals: jsonb('rehearsals').$type<EnsembleRehearsal[]>().notNull().default([]),
    levels: text('levels', { enum: ensembleLevels }).array().notNull().default(emptyArray),
    auditionRequired: boolean('audition_required').notNull().default(false),
    partsSought: text('parts_sought', { enum: ensembleParts })
      .array()
      .notNull()
      .default(emptyArray),
    genres: text('genres', { enum: musicGenres }).array().notNull().default(emptyArray),
    ageBands: text('age_bands', { enum: ageBands }).array().notNull().default(emptyArray),
    annualFeeCents: integer('annual_fee_cents'),
    solidarityFeeCents: integer('solidarity_fee_cents'),
    feeNotes: text('fee_notes'),
    accessibility: jsonb('accessibility').$type<EnsembleAccessibility>().notNull().default({}),
    learningTools: text('learning_tools', { enum: learningTools })
      .array()
      .notNull()
      .default(emptyArray),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    website: text('website'),
    /** The language the ensemble reads: its introductions, reminders and re-confirmations use it. */
    language: text('language', { enum: locales }).notNull().default('fr'),
    /** The languages it works in (ISO 639 codes); empty when not stated. */
    workingLanguages: text('working_languages', { enum: ensembleLanguages })
      .array()
      .notNull()
      .default(emptyArray),
    /** Null while a proposal waits; listings unconfirmed for 12 months leave the public pages. */
    lastConfirmedAt: timestamp('last_confirmed_at', { withTimezone: true }),
    /** The last re-confirmation e-mail; a new one goes at 6 and at 11 months. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** SHA-256 of the secret of the last confirmation link sent (the link itself is never kept). */
    confirmTokenHash: text('confirm_token_hash'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ensembles_public_code_unique').on(t.orgId, t.publicCode),
    uniqueIndex('ensembles_confirm_token_unique').on(t.confirmTokenHash),
    index('ensembles_org_name_idx').on(t.orgId, t.name),
    index('ensembles_confirmation_idx').on(t.lastConfirmedAt).where(sql`status = 'published'`),
    tenantPolicy('ensembles'),
  ],
).enableRLS();

/** Where an ensemble rehearses, with a position for the distance (given, the venue's, or the commune's). */
export const ensemblePlaces = pgTable(
  'ensemble_places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    ensembleId: uuid('ensemble_id')
      .notNull()
      .references(() => ensembles.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'set null' }),
    label: text('label'),
    ...address(),
    ...coordinates(),
  },
  (t) => [
    index('ensemble_places_ensemble_idx').on(t.ensembleId, t.position),
    index('ensemble_places_org_idx').on(t.orgId, t.ensembleId),
    tenantPolicy('ensemble_places'),
  ],
).enableRLS();

/** Someone where no ensemble is within reach asks the organisation for help to start one. */
export const directorySupportRequests = pgTable(
  'directory_support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    communeCode: text('commune_code').notNull(),
    communeName: text('commune_name').notNull(),
    /** Null once anonymised (retention rule `supportRequests`, or the person's erasure). */
    name: text('name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a coordinator marked it handled (called back, kit sent); the retention runs from it. */
    handledAt: timestamp('handled_at', { withTimezone: true }),
    /** When its name, contact and message were cleared; the commune and dates stay for the map. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    index('directory_support_requests_org_idx').on(t.orgId, t.createdAt),
    tenantPolicy('directory_support_requests'),
  ],
).enableRLS();
