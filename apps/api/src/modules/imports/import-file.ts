// Receives an import file sent as the raw request body: an accepted type, within the size limit.
import { importMediaTypes, MAX_IMPORT_BYTES } from '@tutti/contracts';
import { AppError } from '../../platform/errors';

export type ImportUpload = {
  body: unknown;
  contentType: string | undefined;
  contentLength: string | undefined;
};

function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

function tooLarge() {
  return new AppError(
    'IMPORT.TOO_LARGE',
    `Import files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
    { details: { maxBytes: MAX_IMPORT_BYTES } },
  );
}

/** The file's bytes, kept in memory only: nothing of the file itself is stored. */
export async function receiveImportFile({ body, contentType, contentLength }: ImportUpload) {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const accepted = (importMediaTypes as readonly string[]).includes(mediaType);
  // Fastify hands no stream at all for an empty body.
  if (accepted && (body === undefined || body === null)) {
    throw new AppError('IMPORT.EMPTY', 'The file is empty');
  }
  if (!accepted || !isByteStream(body)) {
    throw new AppError(
      'IMPORT.UNSUPPORTED_TYPE',
      'Send a CSV or XLSX file as the request body, with its Content-Type',
      {
        fields: [
          { path: 'headers.content-type', message: `One of: ${importMediaTypes.join(', ')}` },
        ],
      },
    );
  }
  if (contentLength && Number(contentLength) > MAX_IMPORT_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > MAX_IMPORT_BYTES) throw tooLarge();
    chunks.push(Buffer.from(chunk));
  }
  if (size === 0) throw new AppError('IMPORT.EMPTY', 'The file is empty');
  return Buffer.concat(chunks);
}
