// Uploaded bytes in a local folder: written to a temporary name, then renamed into place.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  assertSafeKey,
  type FileStorage,
  MissingFileError,
  type StoredBytes,
  spoolToFile,
} from './file-storage';

export function localFileStorage(rootDir: string): FileStorage {
  const partialDir = join(rootDir, '.partial');
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return join(rootDir, key);
  };

  return {
    async write(key, source, { maxBytes }): Promise<StoredBytes> {
      const finalPath = pathOf(key);
      await mkdir(partialDir, { recursive: true });
      const partialPath = join(partialDir, randomUUID());
      try {
        const stored = await spoolToFile(source, partialPath, maxBytes);
        await mkdir(dirname(finalPath), { recursive: true });
        await rename(partialPath, finalPath);
        return stored;
      } catch (error) {
        await rm(partialPath, { force: true });
        throw error;
      }
    },

    async read(key, range): Promise<Readable> {
      const path = pathOf(key);
      try {
        await stat(path);
      } catch {
        throw new MissingFileError(key);
      }
      return createReadStream(path, range ? { start: range.start, end: range.end } : {});
    },

    async size(key) {
      try {
        return (await stat(pathOf(key))).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingFileError(key);
        throw error;
      }
    },

    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
