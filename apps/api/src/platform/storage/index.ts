// The configured file storage; one instance per process.
import type { Config } from '../config';
import type { FileStorage } from './file-storage';
import { localFileStorage } from './local-file-storage';

export * from './file-storage';

const instances = new Map<string, FileStorage>();

/** Today always the local folder `config.filesDir`; object storage would be chosen here. */
export function fileStorageFor(config: Config): FileStorage {
  let storage = instances.get(config.filesDir);
  if (!storage) {
    storage = localFileStorage(config.filesDir);
    instances.set(config.filesDir, storage);
  }
  return storage;
}
