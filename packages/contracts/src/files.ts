// Uploaded documents: accepted types, size limit, and the metadata answered for each file.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { mediaUses } from './media';

/** Documents are sent as the raw request body, with their own Content-Type. */
export const documentMediaTypes = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;
export type DocumentMediaType = keyof typeof documentMediaTypes;

export const MAX_DOCUMENT_BYTES = mediaUses.document.maxBytes;

/** A file name as shown and offered for download; no path, no control characters. */
export const FileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) =>
      ![...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 32 || c === '\u007f'),
    'A file name without slashes or control characters',
  );

export const DocumentUploadQuerySchema = z.strictObject({ fileName: FileNameSchema.optional() });

export const FileMetaSchema = z.object({
  id: IdSchema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** Hex SHA-256 of the bytes, to check a download. */
  sha256: z.string(),
  uploadedAt: TimestampSchema,
});
export type FileMeta = z.infer<typeof FileMetaSchema>;
