// The only place with queries on uploaded files' metadata.
import { type Executor, schema } from '@tutti/db';
import { and, eq, inArray } from 'drizzle-orm';

const { files } = schema;

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

/** Deletes the rows and returns their storage keys, for removing the bytes after commit. */
export async function deleteFiles(tx: Executor, orgId: string, fileIds: string[]) {
  if (fileIds.length === 0) return [];
  const rows = await tx
    .delete(files)
    .where(and(eq(files.orgId, orgId), inArray(files.id, fileIds)))
    .returning({ storageKey: files.storageKey });
  return rows.map((r) => r.storageKey);
}
