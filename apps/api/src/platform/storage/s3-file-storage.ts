// Uploaded bytes in an S3-compatible bucket (AWS, MinIO, Garage, Scaleway…), path-style addressing.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  assertSafeKey,
  type FileStorage,
  MissingFileError,
  type StoredBytes,
  spoolToFile,
} from './file-storage';

export type S3Settings = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

function isMissing(error: unknown) {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' ||
      error.name === 'NotFound' ||
      error.$metadata.httpStatusCode === 404)
  );
}

/**
 * A bucket behind the `FileStorage` interface. A write is measured into a local temporary file
 * first (size limit, SHA-256), then sent in one request: the object appears whole or not at all.
 */
export function s3FileStorage(settings: S3Settings): FileStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    // Plain signed bodies: many S3-compatible stores do not read the SDK's streamed checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
  });
  const Bucket = settings.bucket;
  const spoolDir = join(tmpdir(), 'tutti-s3-spool');

  return {
    async write(key, source, { maxBytes }): Promise<StoredBytes> {
      assertSafeKey(key);
      await mkdir(spoolDir, { recursive: true });
      const spool = join(spoolDir, randomUUID());
      try {
        const stored = await spoolToFile(source, spool, maxBytes);
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: createReadStream(spool),
            ContentLength: stored.sizeBytes,
          }),
        );
        return stored;
      } finally {
        await rm(spool, { force: true });
      }
    },

    async read(key, range): Promise<Readable> {
      assertSafeKey(key);
      try {
        const answer = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: key,
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        );
        return answer.Body as Readable;
      } catch (error) {
        if (isMissing(error)) throw new MissingFileError(key);
        throw error;
      }
    },

    async size(key) {
      assertSafeKey(key);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return head.ContentLength ?? 0;
      } catch (error) {
        if (isMissing(error)) throw new MissingFileError(key);
        throw error;
      }
    },

    async remove(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
