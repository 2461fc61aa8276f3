// The storage of uploaded bytes, behind a small interface: a local folder or an S3-compatible bucket.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a write measured while storing: the exact size and the SHA-256 of the bytes. */
export type StoredBytes = { sizeBytes: number; sha256: string };

export type FileStorage = {
  /**
   * Stores the bytes of `source` under `key`, all or nothing: a failed or refused write leaves
   * nothing behind. More than `maxBytes` bytes throws `TooLargeError`.
   */
  write(
    key: string,
    source: AsyncIterable<Uint8Array>,
    options: { maxBytes: number },
  ): Promise<StoredBytes>;
  /**
   * The bytes under `key`, or the inclusive byte range `start`–`end` of them; throws
   * `MissingFileError` when there are none.
   */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** The size in bytes of what is under `key`; throws `MissingFileError` when there is nothing. */
  size(key: string): Promise<number>;
  /** Removes the bytes under `key`; nothing happens when there are none. */
  remove(key: string): Promise<void>;
};

/** Inclusive byte positions, as in an HTTP Range header. */
export type ByteRange = { start: number; end: number };

export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`More than ${maxBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

export class MissingFileError extends Error {
  constructor(key: string) {
    super(`No stored file under ${key}`);
    this.name = 'MissingFileError';
  }
}

/**
 * Keys are `<organisation id>/<file id>`, and `<organisation id>/<file id>.<rendition>` for a
 * file's other renditions: nothing a client chose, so no path can escape the root.
 */
export function storageKey(orgId: string, fileId: string, rendition?: string) {
  return rendition ? `${orgId}/${fileId}.${rendition}` : `${orgId}/${fileId}`;
}

export function assertSafeKey(key: string) {
  if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}(\.[a-z0-9]{1,16})?$/.test(key)) {
    throw new Error(`Unsafe storage key ${key}`);
  }
}

/**
 * Writes `source` to a new file at `path` (which must not exist), counting and hashing the bytes
 * on the way; more than `maxBytes` throws `TooLargeError`. The caller removes `path` on failure.
 */
export async function spoolToFile(
  source: AsyncIterable<Uint8Array>,
  path: string,
  maxBytes: number,
): Promise<StoredBytes> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  async function* measured() {
    for await (const chunk of source) {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > maxBytes) throw new TooLargeError(maxBytes);
      hash.update(chunk);
      yield chunk;
    }
  }
  const file = createWriteStream(path, { flags: 'wx' });
  try {
    await pipeline(measured, file);
  } catch (error) {
    // Refused before the file was even open, the stream still opens it, then closes it: wait for
    // that, so that the caller's removal of the partial file finds it (else it stays behind).
    if (!file.closed) await once(file, 'close').catch(() => undefined);
    throw error;
  }
  return { sizeBytes, sha256: hash.digest('hex') };
}
