// Shapes file rows for the API, and the headers of a download.
import type { FileMeta } from '@tutti/contracts';
import type { FileRow } from './files.repository';

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

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
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
