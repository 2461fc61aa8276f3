// The configured file storage: an S3-compatible bucket when TUTTI_S3_* is set, else the local
// files folder; one instance per process and place.
import type { Config } from '../config';
import type { FileStorage } from './file-storage';
import { localFileStorage } from './local-file-storage';
import { s3FileStorage } from './s3-file-storage';

export * from './file-storage';
export type { S3Settings } from './s3-file-storage';

const instances = new Map<string, FileStorage>();

export function fileStorageFor(config: Pick<Config, 'filesDir' | 's3'>): FileStorage {
  const place = config.s3 ? `s3:${config.s3.endpoint}/${config.s3.bucket}` : config.filesDir;
  let storage = instances.get(place);
  if (!storage) {
    storage = config.s3 ? s3FileStorage(config.s3) : localFileStorage(config.filesDir);
    instances.set(place, storage);
  }
  return storage;
}
