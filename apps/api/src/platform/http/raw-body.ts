// A file sent as the raw request body (routes whose scope hands every content type over as a
// stream): its media type checked against a list, its bytes gathered in memory up to a limit.
import type { AppError } from '../errors';

export type RawUpload = {
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

export type RawBodyRules = {
  mediaTypes: readonly string[];
  maxBytes: number;
  /** The refusals, in the calling module's words (each its own error code). */
  unsupported: () => AppError;
  empty: () => AppError;
  tooLarge: () => AppError;
};

/**
 * The body's bytes, kept in memory only. A declared `Content-Length` over the limit is refused
 * before anything is read; a body that turns out longer, as soon as it passes the limit.
 *
 * @example const bytes = await readRawBody(upload, { mediaTypes: ['text/csv'], maxBytes, unsupported, empty, tooLarge })
 */
export async function readRawBody(upload: RawUpload, rules: RawBodyRules): Promise<Buffer> {
  const mediaType = (upload.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const accepted = rules.mediaTypes.includes(mediaType);
  // Fastify hands no stream at all for an empty body.
  if (accepted && (upload.body === undefined || upload.body === null)) throw rules.empty();
  if (!accepted || !isByteStream(upload.body)) throw rules.unsupported();
  if (upload.contentLength && Number(upload.contentLength) > rules.maxBytes) throw rules.tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of upload.body) {
    size += chunk.byteLength;
    if (size > rules.maxBytes) throw rules.tooLarge();
    chunks.push(Buffer.from(chunk));
  }
  if (size === 0) throw rules.empty();
  return Buffer.concat(chunks);
}
