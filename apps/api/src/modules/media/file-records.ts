// Document metadata kept and dropped for other modules, inside the caller's transaction: the caller
// checks access, and removes the stored bytes (the keys returned) once the transaction commits.
import type { Executor } from '@tutti/db';
import * as files from './media.repository';
import { requireMediaSpace } from './media-quota';

type FileValues = Parameters<typeof files.insertFile>[1];

/**
 * Records a stored file, counted against the organisation's media quota like every upload: the
 * decision is taken one at a time per organisation, and a file that would pass the quota is
 * refused with 413 MEDIA.QUOTA_EXCEEDED (the caller then removes its bytes). Delete what it
 * replaces first, in the same transaction, so that a replacement counts once.
 */
export async function insertFileRecord(
  tx: Executor,
  values: FileValues,
  quota: { defaultQuotaBytes: number; field: string },
) {
  await requireMediaSpace(tx, values.orgId, {
    bytes: values.storedBytes ?? 0,
    ...quota,
    lock: true,
  });
  return files.insertFile(tx, values);
}

/** Refuses a declared length the organisation has no space left for, before its bytes are read. */
export function checkMediaSpace(
  tx: Executor,
  orgId: string,
  quota: { bytes: number; defaultQuotaBytes: number; field: string },
) {
  return requireMediaSpace(tx, orgId, { ...quota, lock: false });
}

/** Deletes the metadata rows and returns the storage keys of their bytes. */
export function deleteFileRecords(...args: Parameters<typeof files.deleteFiles>) {
  return files.deleteFiles(...args);
}

/** Marks a file as relied on by `holder` (a library entry): its deletion is refused meanwhile. */
export function holdFile(tx: Executor, values: Parameters<typeof files.insertHold>[1]) {
  return files.insertHold(tx, values);
}

/** Lets go of every file `holder` held. */
export function releaseFileHolds(tx: Executor, holder: 'library_entry', holderId: string) {
  return files.deleteHolds(tx, holder, holderId);
}
