// Response schemas every module shares: the error statuses a route answers, and file downloads.
import type { Readable } from 'node:stream';
import { ErrorBodySchema } from '@tutti/contracts';
import { z } from 'zod';

/** Client error statuses the API answers with (see `errorStatuses` in @tutti/contracts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 416 | 422 | 429;

/**
 * Response schemas for the given statuses, spread into a route's `response`:
 * `response: { 200: VenueSchema, ...errorResponses(400, 401, 403, 404) }`. The OpenAPI document
 * then lists them, and the serializer checks that every error body keeps its shape.
 */
export function errorResponses<const S extends ErrorStatus>(
  ...statuses: S[]
): Record<S, typeof ErrorBodySchema> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBodySchema])) as Record<
    S,
    typeof ErrorBodySchema
  >;
}

export const mediaTypes = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
  calendar: 'text/calendar',
  any: 'application/octet-stream',
} as const;

/** The bytes of a file: a buffer or a stream here, `string` (binary) in the document. */
const FileSchema = z
  .custom<Buffer | Readable | string>()
  .meta({ type: 'string', format: 'binary' });

/**
 * A file answered with status 200 in one of the given media types (the bytes are sent as they
 * are, never serialized): `response: { 200: fileResponse('The CSV', 'csv'), ... }`.
 */
export function fileResponse(description: string, ...kinds: (keyof typeof mediaTypes)[]) {
  const content = Object.fromEntries(
    kinds.map((kind) => [mediaTypes[kind], { schema: FileSchema }]),
  );
  return { description, content };
}
