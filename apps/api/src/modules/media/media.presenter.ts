// Shapes media rows for the API, and the headers of downloads and streams.
import { type FileMeta, type Media, mediaKindOf } from '@tutti/contracts';
import type { StoredVariant } from '@tutti/db';
import type { FileRow } from './media.repository';

export function presentFileMeta(row: FileRow): FileMeta {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.createdAt.toISOString(),
  };
}

/** A file of the media pages (never an audition: the routes find none). */
export function presentMedia(row: FileRow): Media {
  const known = row.status === 'ready';
  return {
    id: row.id,
    use: row.use === 'audition' ? 'recording' : row.use,
    fileName: row.fileName,
    mediaType: known ? row.mediaType : null,
    kind: known ? mediaKindOf(row.mediaType) : null,
    status: row.status,
    progress: row.progress,
    sizeBytes: row.storedBytes,
    durationMs: row.durationMs,
    variants: row.variants.map((v) => ({
      name: v.name,
      mediaType: v.mediaType,
      sizeBytes: v.sizeBytes,
      width: v.width,
    })),
    problem: row.problem,
    uploadedAt: row.createdAt.toISOString(),
  };
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function downloadHeaders(row: FileRow): Record<string, string> {
  return {
    'content-type': row.mediaType,
    'content-length': String(row.sizeBytes),
    'content-disposition': contentDisposition(row.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-cache',
    etag: `"${row.sha256}"`,
  };
}

/** Only the sniffed audio, video and raster image types play inline; anything else downloads. */
function playsInline(mediaType: string) {
  return /^(audio|video)\//.test(mediaType) || /^image\/(jpeg|png|webp)$/.test(mediaType);
}

/**
 * Headers of a rendition: its sniffed type with nosniff, a sandboxing policy so that nothing in
 * it can run even if opened directly, and byte ranges for seeking.
 */
export function mediaContentHeaders(
  row: FileRow,
  rendition: StoredVariant,
): Record<string, string> {
  return {
    'content-type': rendition.mediaType,
    'content-disposition': contentDisposition(
      row.fileName,
      playsInline(rendition.mediaType) ? 'inline' : 'attachment',
    ),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; media-src 'self'; img-src 'self'; sandbox",
    'accept-ranges': 'bytes',
    'cache-control': 'private, no-cache',
    etag: `"${row.sha256}-${rendition.name}"`,
  };
}
