// Document metadata kept and dropped for other modules, inside the caller's transaction: the caller
// checks access, and removes the stored bytes (the keys returned) once the transaction commits.
import * as files from './media.repository';

export function insertFileRecord(...args: Parameters<typeof files.insertFile>) {
  return files.insertFile(...args);
}

/** Deletes the metadata rows and returns the storage keys of their bytes. */
export function deleteFileRecords(...args: Parameters<typeof files.deleteFiles>) {
  return files.deleteFiles(...args);
}
