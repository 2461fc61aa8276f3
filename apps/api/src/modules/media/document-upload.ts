// Receives a document sent as the raw request body (agreements): size limit, sniffed type,
// metadata removed from images, then stored; the same checks as every other media upload.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { type MediaType, mediaTypeExtensions, mediaUses } from '@tutti/contracts';
import type { StoredVariant } from '@tutti/db';
import { AppError } from '../../platform/errors';
import { type FileStorage, storageKey } from '../../platform/storage';
import { cleanImage } from './media-renditions';
import { isAccepted, sniffBytes, tooLarge, unsupportedType } from './media-sniffing';

export type UploadedDocument = {
  fileId: string;
  storageKey: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  use: 'document';
  storedBytes: number;
  variants: StoredVariant[];
};

function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

/** The whole body, refused as soon as it passes the limit. */
async function readLimited(body: AsyncIterable<Uint8Array>, maxBytes: number) {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge('document', 'body');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/**
 * Validates, cleans and stores a document body. Nothing is stored when it is refused; the caller
 * records the metadata and removes the bytes again if its transaction fails.
 */
export async function receiveDocument({
  storage,
  orgId,
  body,
  contentType,
  contentLength,
  fileName,
}: {
  storage: FileStorage;
  orgId: string;
  body: unknown;
  contentType: string | undefined;
  contentLength: string | undefined;
  fileName: string | undefined;
}): Promise<UploadedDocument> {
  const { maxBytes } = mediaUses.document;
  const declared = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!isAccepted('document', declared as MediaType) || !isByteStream(body)) {
    throw unsupportedType('document', 'headers.content-type');
  }
  if (contentLength && Number(contentLength) > maxBytes) throw tooLarge('document', 'body');
  const received = await readLimited(body, maxBytes);
  if (received.length === 0) throw new AppError('FILE.EMPTY', 'The file is empty');
  const mediaType = await sniffBytes(received);
  // The bytes decide; a declared type they contradict is refused as well.
  if (!isAccepted('document', mediaType) || mediaType !== declared) {
    throw new AppError(
      'FILE.UNSUPPORTED_TYPE',
      `The content is not a ${mediaTypeExtensions[declared as MediaType]} file`,
      {
        fields: [{ path: 'body', message: `The bytes of a ${declared} file` }],
      },
    );
  }
  const bytes = mediaType.startsWith('image/')
    ? await cleanImage(received, mediaType).toBuffer()
    : received;
  const fileId = randomUUID();
  const key = storageKey(orgId, fileId);
  const stored = await storage.write(key, Readable.from([bytes]), { maxBytes: 2 * maxBytes });
  return {
    fileId,
    storageKey: key,
    fileName: fileName ?? `document.${mediaTypeExtensions[mediaType]}`,
    mediaType,
    ...stored,
    use: 'document',
    storedBytes: stored.sizeBytes,
    variants: [
      { name: 'original', storageKey: key, mediaType, sizeBytes: stored.sizeBytes, width: null },
    ],
  };
}
