// Uploaded media (documents, recordings, scores, images): metadata and processing state here,
// bytes in the configured storage. A row is published to readers only once `status` is `ready`.
import type { MediaStatus, MediaUse, MediaVariantName } from '@tutti/contracts';
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
import { orgIdColumn, tenantPolicy } from './tenancy';

/** One stored rendition of a file; `original` is the cleaned (metadata-free) upload. */
export type StoredVariant = {
  name: MediaVariantName;
  storageKey: string;
  mediaType: string;
  sizeBytes: number;
  width: number | null;
};

export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    fileName: text('file_name').notNull(),
    /** The sniffed type once processed; `application/octet-stream` while uploading. */
    mediaType: text('media_type').notNull(),
    /** Bytes of the `original` rendition (declared upload length until processed). */
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** Where the `original` bytes are, relative to the storage root (local folder or bucket). */
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    use: text('use').$type<MediaUse>().notNull().default('document'),
    status: text('status').$type<MediaStatus>().notNull().default('ready'),
    progress: integer('progress').notNull().default(100),
    /** All bytes the file holds in storage, renditions included: what the quota counts. */
    storedBytes: bigint('stored_bytes', { mode: 'number' }).notNull().default(0),
    durationMs: integer('duration_ms'),
    variants: jsonb('variants').$type<StoredVariant[]>().notNull().default([]),
    /** The error code when rejected or failed. */
    problem: text('problem'),
  },
  (t) => [
    index('files_org_idx').on(t.orgId),
    index('files_org_use_idx').on(t.orgId, t.use, t.createdAt),
    tenantPolicy('files'),
  ],
).enableRLS();

/**
 * Something outside the organisation's own pages relies on a file (a network library entry):
 * deleting the file is refused while a hold names it; the holder releases it when it lets go.
 */
export const fileHolds = pgTable(
  'file_holds',
  {
    orgId: orgIdColumn(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    holder: text('holder', { enum: ['library_entry'] }).notNull(),
    holderId: uuid('holder_id').notNull(),
    /** What the person deleting is told: the entry's title and network. */
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.fileId, t.holder, t.holderId] }),
    index('file_holds_org_idx').on(t.orgId),
    tenantPolicy('file_holds'),
  ],
).enableRLS();
