import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { MissingFileError, storageKey, TooLargeError } from './file-storage';
import { localFileStorage } from './local-file-storage';

const root = mkdtempSync(join(tmpdir(), 'tutti-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const storage = localFileStorage(root);

async function* chunks(...parts: string[]) {
  for (const part of parts) yield Buffer.from(part);
}

describe('local file storage', () => {
  it('stores streamed bytes, measures size and SHA-256, and reads them back', async () => {
    const key = storageKey(randomUUID(), randomUUID());
    const stored = await storage.write(key, chunks('Convention ', 'de partenariat'), {
      maxBytes: 1000,
    });
    expect(stored).toEqual({
      sizeBytes: 25,
      sha256: createHash('sha256').update('Convention de partenariat').digest('hex'),
    });
    expect(await text(await storage.read(key))).toBe('Convention de partenariat');
    await storage.remove(key);
    await expect(storage.read(key)).rejects.toBeInstanceOf(MissingFileError);
  });

  it('refuses bytes beyond the limit and leaves nothing behind', async () => {
    const key = storageKey(randomUUID(), randomUUID());
    await expect(
      storage.write(key, chunks('12345', '67890'), { maxBytes: 8 }),
    ).rejects.toBeInstanceOf(TooLargeError);
    await expect(storage.read(key)).rejects.toBeInstanceOf(MissingFileError);
    expect(readdirSync(join(root, '.partial'))).toEqual([]);
  });

  it('refuses keys that could leave the storage folder', async () => {
    await expect(storage.read('../../etc/passwd')).rejects.toThrow('Unsafe storage key');
  });
});
