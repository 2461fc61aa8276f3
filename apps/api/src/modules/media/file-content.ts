// The bytes of a published file, whole or one byte range (HTTP Range, RFC 9110), for the media
// routes and for modules that serve files they show (the journey space). The caller checks access.
import type { Readable } from 'node:stream';
import type { MediaVariantName } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { FastifyReply } from 'fastify';
import parseRange from 'range-parser';
import type { Config } from '../../platform/config';
import { AppError, notFound } from '../../platform/errors';
import { fileStorageFor } from '../../platform/storage';
import { contentDisposition, mediaContentHeaders } from './media.presenter';
import * as files from './media.repository';

export type MediaContent = {
  status: 200 | 206;
  headers: Record<string, string>;
  bytes: Readable;
};

/**
 * Sends what `open` returns, whole or one byte range; a range outside the file answers 416 with
 * the Content-Range naming the file's size (RFC 9110). `headers` adds to the file's own.
 */
export async function sendFileContent(
  reply: FastifyReply,
  open: () => Promise<MediaContent>,
  headers: Record<string, string> = {},
) {
  try {
    const content = await open();
    return reply
      .code(content.status)
      .headers({ ...content.headers, ...headers })
      .send(content.bytes);
  } catch (error) {
    if (error instanceof AppError && error.code === 'MEDIA.RANGE_NOT_SATISFIABLE') {
      reply.header('content-range', `bytes */${error.details?.sizeBytes}`);
    }
    throw error;
  }
}

/** Published files among these ids (inside the caller's transaction). */
export async function findReadyFiles(tx: Executor, orgId: string, fileIds: string[]) {
  return (await files.findFiles(tx, orgId, fileIds)).filter((row) => row.status === 'ready');
}

/**
 * A rendition of a published file (`variant`, else the first of `fallbacks` it has), whole or the
 * one range asked for; `attachment` makes the browser save it under its name.
 */
export async function openFileContent({
  config,
  row,
  variants,
  rangeHeader,
  attachment = false,
}: {
  config: Config;
  row: files.FileRow;
  /** The renditions to serve, best first; the first one the file has is served. */
  variants: readonly MediaVariantName[];
  rangeHeader: string | undefined;
  attachment?: boolean;
}): Promise<MediaContent> {
  const rendition =
    row.status === 'ready'
      ? variants.map((name) => row.variants.find((v) => v.name === name)).find(Boolean)
      : undefined;
  if (!rendition) throw notFound('MEDIA.NOT_FOUND', 'Media file');
  const size = rendition.sizeBytes;
  const storage = fileStorageFor(config);
  const headers = mediaContentHeaders(row, rendition);
  if (attachment) headers['content-disposition'] = contentDisposition(row.fileName);
  const ranges = rangeHeader ? parseRange(size, rangeHeader, { combine: true }) : -2;
  // No Range header, or one that does not parse: the whole file, as RFC 9110 asks.
  if (ranges === -2) {
    return {
      status: 200,
      headers: { ...headers, 'content-length': String(size) },
      bytes: await storage.read(rendition.storageKey),
    };
  }
  if (ranges === -1 || ranges.type !== 'bytes' || ranges.length !== 1) {
    throw new AppError(
      'MEDIA.RANGE_NOT_SATISFIABLE',
      `The file has ${size} bytes; ask for one range within them`,
      {
        fields: [{ path: 'headers.range', message: `One range within 0-${size - 1}` }],
        details: { sizeBytes: size },
      },
    );
  }
  const { start, end } = ranges[0]!;
  return {
    status: 206,
    headers: {
      ...headers,
      'content-length': String(end - start + 1),
      'content-range': `bytes ${start}-${end}/${size}`,
    },
    bytes: await storage.read(rendition.storageKey, { start, end }),
  };
}
