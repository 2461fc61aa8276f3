// Receives a document sent as the raw request body: allowed type, size limit, real content, stored bytes.
import { randomUUID } from 'node:crypto';
import { type DocumentMediaType, documentMediaTypes, MAX_DOCUMENT_BYTES } from '@tutti/contracts';
import { AppError } from '../../platform/errors';
import { type FileStorage, storageKey, TooLargeError } from '../../platform/storage';

/** The first bytes each allowed type starts with; ODT and DOCX are ZIP archives. */
const signatures: Record<DocumentMediaType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/vnd.oasis.opendocument.text': [0x50, 0x4b, 0x03, 0x04],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [
    0x50, 0x4b, 0x03, 0x04,
  ],
};

const allowedList = Object.keys(documentMediaTypes).join(', ');

export type UploadedDocument = {
  fileId: string;
  storageKey: string;
  fileName: string;
  mediaType: DocumentMediaType;
  sizeBytes: number;
  sha256: string;
};

function unsupported(message: string) {
  return new AppError('FILE.UNSUPPORTED_TYPE', message, {
    fields: [{ path: 'headers.content-type', message: `One of: ${allowedList}` }],
  });
}

function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

/** Checks the declared type against the first bytes as they stream past. */
async function* checkedAgainst(source: AsyncIterable<Uint8Array>, mediaType: DocumentMediaType) {
  const expected = signatures[mediaType];
  let head = Buffer.alloc(0);
  let checked = false;
  let empty = true;
  for await (const chunk of source) {
    if (chunk.byteLength > 0) empty = false;
    if (!checked) {
      head = Buffer.concat([head, chunk]);
      if (head.length >= expected.length) {
        if (!expected.every((byte, i) => head[i] === byte)) {
          throw unsupported(`The content is not a ${documentMediaTypes[mediaType]} file`);
        }
        checked = true;
      }
    }
    yield chunk;
  }
  if (empty) throw new AppError('FILE.EMPTY', 'The file is empty');
  if (!checked) throw unsupported(`The content is not a ${documentMediaTypes[mediaType]} file`);
}

/**
 * Validates and stores a document body. Nothing is stored when it is refused; the caller
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
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(mediaType in documentMediaTypes) || !isByteStream(body)) {
    throw unsupported(`Send the file as the request body with one of these types: ${allowedList}`);
  }
  const documentType = mediaType as DocumentMediaType;
  if (contentLength && Number(contentLength) > MAX_DOCUMENT_BYTES) throw tooLarge();
  const fileId = randomUUID();
  const key = storageKey(orgId, fileId);
  try {
    const stored = await storage.write(key, checkedAgainst(body, documentType), {
      maxBytes: MAX_DOCUMENT_BYTES,
    });
    return {
      fileId,
      storageKey: key,
      fileName: fileName ?? `document.${documentMediaTypes[documentType]}`,
      mediaType: documentType,
      ...stored,
    };
  } catch (error) {
    if (error instanceof TooLargeError) throw tooLarge();
    throw error;
  }
}

function tooLarge() {
  return new AppError(
    'FILE.TOO_LARGE',
    `Documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
    { details: { maxBytes: MAX_DOCUMENT_BYTES } },
  );
}
