import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../testing/s3-server';
import { type FileStorage, MissingFileError, storageKey, TooLargeError } from './file-storage';
import { localFileStorage } from './local-file-storage';
import { s3FileStorage } from './s3-file-storage';

const root = mkdtempSync(join(tmpdir(), 'tutti-storage-'));
let s3: Awaited<ReturnType<typeof startS3Server>>;
const stores: Record<string, FileStorage> = { local: localFileStorage(root) };
beforeAll(async () => {
  s3 = await startS3Server();
  stores.s3 = s3FileStorage(s3.settings);
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await s3?.close();
});

async function* chunks(...parts: string[]) {
  for (const part of parts) yield Buffer.from(part);
}

describe.each(['local', 's3'])('%s file storage', (place) => {
  const storage = () => stores[place]!;

  it('stores streamed bytes, measures size and SHA-256, and reads them back', async () => {
    const key = storageKey(randomUUID(), randomUUID());
    const stored = await storage().write(key, chunks('Convention ', 'de partenariat'), {
      maxBytes: 1000,
    });
    expect(stored).toEqual({
      sizeBytes: 25,
      sha256: createHash('sha256').update('Convention de partenariat').digest('hex'),
    });
    expect(await text(await storage().read(key))).toBe('Convention de partenariat');
    expect(await storage().size(key)).toBe(25);
    await storage().remove(key);
    await expect(storage().read(key)).rejects.toBeInstanceOf(MissingFileError);
    await expect(storage().size(key)).rejects.toBeInstanceOf(MissingFileError);
  });

  it('reads an inclusive byte range of a rendition', async () => {
    const key = storageKey(randomUUID(), randomUUID(), 'light');
    await storage().write(key, chunks('0123456789'), { maxBytes: 100 });
    expect(await text(await storage().read(key, { start: 2, end: 5 }))).toBe('2345');
    expect(await text(await storage().read(key, { start: 9, end: 9 }))).toBe('9');
  });

  it('refuses bytes beyond the limit and leaves nothing behind', async () => {
    const key = storageKey(randomUUID(), randomUUID());
    await expect(
      storage().write(key, chunks('12345', '67890'), { maxBytes: 8 }),
    ).rejects.toBeInstanceOf(TooLargeError);
    await expect(storage().read(key)).rejects.toBeInstanceOf(MissingFileError);
    if (place === 'local') expect(readdirSync(join(root, '.partial'))).toEqual([]);
  });

  it('refuses keys that could leave the storage folder', async () => {
    await expect(storage().read('../../etc/passwd')).rejects.toThrow('Unsafe storage key');
    await expect(storage().size(`${randomUUID()}/${randomUUID()}.x/../y`)).rejects.toThrow(
      'Unsafe storage key',
    );
  });
});
