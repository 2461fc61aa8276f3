// The only place with queries on media files' metadata (the `files` table) and their quota.
import type { MediaUse } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';

const { files, fileHolds, organisations } = schema;

export type FileRow = typeof files.$inferSelect;

export async function insertFile(tx: Executor, values: typeof files.$inferInsert) {
  const [row] = await tx.insert(files).values(values).returning();
  return row!;
}

export async function findFile(tx: Executor, orgId: string, fileId: string) {
  const [row] = await tx
    .select()
    .from(files)
    .where(and(eq(files.orgId, orgId), eq(files.id, fileId)));
  return row ?? null;
}

export async function findFiles(tx: Executor, orgId: string, fileIds: string[]) {
  if (fileIds.length === 0) return [];
  return tx
    .select()
    .from(files)
    .where(and(eq(files.orgId, orgId), inArray(files.id, fileIds)));
}

/** Media of the organisation, newest first; `readyOnly` for people who only see published ones. */
export async function listFiles(
  tx: Executor,
  orgId: string,
  filter: { readyOnly: boolean; use?: MediaUse },
) {
  return tx
    .select()
    .from(files)
    .where(
      and(
        eq(files.orgId, orgId),
        filter.readyOnly ? eq(files.status, 'ready') : undefined,
        // Auditions belong to their call: never among the organisation's media.
        filter.use ? eq(files.use, filter.use) : ne(files.use, 'audition'),
      ),
    )
    .orderBy(desc(files.createdAt), desc(files.id))
    .limit(500);
}

export async function updateFile(
  tx: Executor,
  orgId: string,
  fileId: string,
  values: Partial<typeof files.$inferInsert>,
  onlyWhenStatus?: FileRow['status'],
) {
  const [row] = await tx
    .update(files)
    .set(values)
    .where(
      and(
        eq(files.orgId, orgId),
        eq(files.id, fileId),
        onlyWhenStatus ? eq(files.status, onlyWhenStatus) : undefined,
      ),
    )
    .returning();
  return row ?? null;
}

/** Every storage key a file's bytes may sit under: its original and all its renditions. */
export function storageKeysOf(row: Pick<FileRow, 'storageKey' | 'variants'>) {
  return [...new Set([row.storageKey, ...row.variants.map((v) => v.storageKey)])];
}

/** Deletes the rows and returns the storage keys of their bytes, for removing them after commit. */
export async function deleteFiles(tx: Executor, orgId: string, fileIds: string[]) {
  if (fileIds.length === 0) return [];
  const rows = await tx
    .delete(files)
    .where(and(eq(files.orgId, orgId), inArray(files.id, fileIds)))
    .returning({ storageKey: files.storageKey, variants: files.variants });
  return rows.flatMap(storageKeysOf);
}

/**
 * Serialises quota decisions of one organisation until the transaction ends, then answers the
 * bytes in use (uploads under way count at their declared length) and the organisation's quota.
 */
/**
 * Serialises quota decisions of one organisation until the transaction ends, then answers the
 * bytes in use and the organisation's own quota (null: the server's default).
 */
export async function lockedUsage(tx: Executor, orgId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`media-quota:${orgId}`}))`);
  return usage(tx, orgId);
}

/** Uploads under way count at their declared length, published files with all their renditions. */
export async function usage(tx: Executor, orgId: string) {
  const [used] = await tx
    .select({ bytes: sql<string>`coalesce(sum(${files.storedBytes}), 0)` })
    .from(files)
    .where(
      and(eq(files.orgId, orgId), inArray(files.status, ['uploading', 'processing', 'ready'])),
    );
  return { usedBytes: Number(used?.bytes ?? 0), quotaBytes: await orgQuota(tx, orgId) };
}

async function orgQuota(tx: Executor, orgId: string) {
  const [org] = await tx
    .select({ quota: organisations.mediaQuotaBytes })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return org?.quota ?? null;
}

/**
 * Abandoned uploads, in every organisation (a job, as the owner): deletes up to `limit` rows
 * still `uploading` that were created before `before`, skipping rows another sweep holds, and
 * returns them. Nothing of theirs is in storage: only staged bytes, which the caller removes.
 */
export async function deleteAbandonedUploads(tx: Executor, before: Date, limit: number) {
  const stale = tx
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.status, 'uploading'), lt(files.createdAt, before)))
    .limit(limit)
    .for('update', { skipLocked: true });
  return tx
    .delete(files)
    .where(inArray(files.id, stale))
    .returning({ id: files.id, orgId: files.orgId, storedBytes: files.storedBytes });
}

/** Which of these ids are uploads still under way or waiting for processing (any organisation). */
export async function unfinishedIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx
    .select({ id: files.id })
    .from(files)
    .where(and(inArray(files.id, ids), inArray(files.status, ['uploading', 'processing'])));
  return new Set(rows.map((row) => row.id));
}

/** The holds on a file (what relies on it outside the organisation's own pages). */
export async function holdsOf(tx: Executor, fileIds: string[]) {
  if (fileIds.length === 0) return [];
  return tx
    .select({ fileId: fileHolds.fileId, holder: fileHolds.holder, label: fileHolds.label })
    .from(fileHolds)
    .where(inArray(fileHolds.fileId, fileIds));
}

export async function insertHold(tx: Executor, values: typeof fileHolds.$inferInsert) {
  await tx
    .insert(fileHolds)
    .values(values)
    .onConflictDoUpdate({
      target: [fileHolds.fileId, fileHolds.holder, fileHolds.holderId],
      set: { label: values.label },
    });
}

export async function deleteHolds(
  tx: Executor,
  holder: (typeof fileHolds.$inferSelect)['holder'],
  holderId: string,
) {
  await tx
    .delete(fileHolds)
    .where(and(eq(fileHolds.holder, holder), eq(fileHolds.holderId, holderId)));
}
