// A season's repertoire: works with edition and rights (for the SACEM declaration), scores and
// learning tracks as media files, per-piece part exceptions (divisi), each singer's learning
// status and the recordings section leaders check.
import {
  choirLearningStatuses,
  choirRecordingReviews,
  choirRights,
  choirTrackMixes,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { choirMembers, choirParts, choirSeasons } from './choirs';
import { files } from './files';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const choirPieces = pgTable(
  'choir_pieces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    seasonId: uuid('season_id')
      .notNull()
      .references(() => choirSeasons.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    composer: text('composer'),
    /** Arranger and publisher of the edition sung. */
    edition: text('edition'),
    rights: text('rights', { enum: choirRights }).notNull(),
    scoreFileId: uuid('score_file_id').references(() => files.id, { onDelete: 'set null' }),
    /** Words for the "no score needed" view. */
    lyrics: text('lyrics'),
    position: smallint('position').notNull(),
    /** Printed copies of the edition the choir owns (lent to singers in choir_score_loans). */
    scoreCopies: smallint('score_copies').notNull().default(0),
  },
  (t) => [
    index('choir_pieces_org_idx').on(t.orgId, t.seasonId, t.position),
    tenantPolicy('choir_pieces'),
  ],
).enableRLS();

/** A learning track: the full mix (no part), or one part emphasised or alone. */
export const choirTracks = pgTable(
  'choir_tracks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    pieceId: uuid('piece_id')
      .notNull()
      .references(() => choirPieces.id, { onDelete: 'cascade' }),
    partId: uuid('part_id').references(() => choirParts.id, { onDelete: 'cascade' }),
    mix: text('mix', { enum: choirTrackMixes }).notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
  },
  (t) => [index('choir_tracks_org_idx').on(t.orgId, t.pieceId), tenantPolicy('choir_tracks')],
).enableRLS();

/** A singer who sings another part than their own on one piece. */
export const choirDivisi = pgTable(
  'choir_divisi',
  {
    orgId: orgIdColumn(),
    pieceId: uuid('piece_id')
      .notNull()
      .references(() => choirPieces.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => choirMembers.id, { onDelete: 'cascade' }),
    partId: uuid('part_id')
      .notNull()
      .references(() => choirParts.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.pieceId, t.memberId] }),
    index('choir_divisi_org_idx').on(t.orgId, t.pieceId),
    index('choir_divisi_member_idx').on(t.memberId),
    tenantPolicy('choir_divisi'),
  ],
).enableRLS();

export const choirLearning = pgTable(
  'choir_learning',
  {
    orgId: orgIdColumn(),
    pieceId: uuid('piece_id')
      .notNull()
      .references(() => choirPieces.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => choirMembers.id, { onDelete: 'cascade' }),
    status: text('status', { enum: choirLearningStatuses }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.pieceId, t.memberId] }),
    index('choir_learning_org_idx').on(t.orgId, t.pieceId),
    index('choir_learning_member_idx').on(t.memberId),
    tenantPolicy('choir_learning'),
  ],
).enableRLS();

/** A singer's recording of their part, waiting for (or checked by) the section leader. */
export const choirRecordings = pgTable(
  'choir_recordings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    pieceId: uuid('piece_id')
      .notNull()
      .references(() => choirPieces.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => choirMembers.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    singerNote: text('singer_note'),
    review: text('review', { enum: choirRecordingReviews }).notNull().default('pending'),
    comment: text('comment'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('choir_recordings_org_idx').on(t.orgId, t.pieceId),
    index('choir_recordings_member_idx').on(t.memberId),
    tenantPolicy('choir_recordings'),
  ],
).enableRLS();

/**
 * Printed copies of a piece's edition lent to a singer, until they are returned. Erasing the
 * singer keeps an open loan without them (the copies are still out) and drops returned ones.
 */
export const choirScoreLoans = pgTable(
  'choir_score_loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    pieceId: uuid('piece_id')
      .notNull()
      .references(() => choirPieces.id, { onDelete: 'cascade' }),
    /** Null once the singer's data was erased while the copies were still out. */
    memberId: uuid('member_id').references(() => choirMembers.id, { onDelete: 'cascade' }),
    copies: smallint('copies').notNull(),
    lentOn: date('lent_on').notNull(),
    returnedOn: date('returned_on'),
    note: text('note'),
    lentBy: uuid('lent_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('choir_score_loans_org_idx').on(t.orgId, t.pieceId),
    index('choir_score_loans_member_idx').on(t.memberId),
    check('choir_score_loans_copies_positive', sql`${t.copies} > 0`),
    tenantPolicy('choir_score_loans'),
  ],
).enableRLS();
