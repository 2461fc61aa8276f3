// Media files: what each use accepts (sniffed types, size limit), their states and the API shapes.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

/** Every content type Tutti accepts somewhere, as sniffed from the bytes, with its extension. */
export const mediaTypeExtensions = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/flac': 'flac',
  'audio/ogg': 'ogg',
  'audio/ogg; codecs=opus': 'opus',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
} as const;
export type MediaType = keyof typeof mediaTypeExtensions;

const MB = 1024 * 1024;
const documentTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const satisfies readonly MediaType[];
const audioTypes = [
  'audio/mpeg',
  'audio/wav',
  'audio/flac',
  'audio/ogg',
  'audio/ogg; codecs=opus',
  'audio/mp4',
  'audio/x-m4a',
  'audio/aac',
] as const satisfies readonly MediaType[];
const videoTypes = [
  'video/mp4',
  'video/webm',
  'video/quicktime',
] as const satisfies readonly MediaType[];

/**
 * What each use of a file accepts. Nothing active is ever accepted (no SVG, HTML or XML): the
 * type is sniffed from the bytes, never taken from the name or the declared type.
 */
export const mediaUses = {
  /** A rehearsal or concert recording, a learning track: audio or video. */
  recording: { maxBytes: 1024 * MB, types: [...audioTypes, ...videoTypes] },
  /** A score: PDF or a scanned page. */
  score: { maxBytes: 30 * MB, types: ['application/pdf', 'image/jpeg', 'image/png'] },
  /** A photo or a poster. */
  image: { maxBytes: 20 * MB, types: ['image/jpeg', 'image/png', 'image/webp'] },
  /** An agreement, a form, a letter. */
  document: { maxBytes: 10 * MB, types: documentTypes },
  /**
   * A private recording: an applicant's for a call (stored under the applicant's code) or a
   * singer's for their section leader. Never listed among the organisation's media nor served
   * by the media routes: its module serves it (the calls module to jurors, the choirs module to
   * the singer, their section leader and the conductors).
   */
  audition: { maxBytes: 300 * MB, types: [...audioTypes, ...videoTypes] },
} as const satisfies Record<string, { maxBytes: number; types: readonly MediaType[] }>;
/** The uses the organisation's media pages upload and list (auditions belong to their call). */
export const mediaUseNames = ['recording', 'score', 'image', 'document'] as const;
export type MediaUse = keyof typeof mediaUses;
export type MediaPageUse = (typeof mediaUseNames)[number];
export const MediaUseSchema = z.enum(mediaUseNames);

/** uploading → processing → ready; refused content is `rejected`, a processing fault `failed`. */
export const mediaStatuses = ['uploading', 'processing', 'ready', 'rejected', 'failed'] as const;
export type MediaStatus = (typeof mediaStatuses)[number];

export const mediaKinds = ['audio', 'video', 'image', 'document'] as const;
export type MediaKind = (typeof mediaKinds)[number];

export function mediaKindOf(mediaType: string): MediaKind {
  if (mediaType.startsWith('audio/')) return 'audio';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('image/')) return 'image';
  return 'document';
}

/** Named renditions of a published file: the cleaned original, display sizes, a light audio. */
export const mediaVariantNames = ['original', 'w320', 'w960', 'w1920', 'light'] as const;
export type MediaVariantName = (typeof mediaVariantNames)[number];

export const MediaVariantSchema = z.object({
  name: z.enum(mediaVariantNames),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  width: z.number().int().nullable(),
});
export type MediaVariant = z.infer<typeof MediaVariantSchema>;

export const MediaSchema = z.object({
  id: IdSchema,
  use: MediaUseSchema,
  fileName: z.string(),
  /** The sniffed type once processed; until then null. */
  mediaType: z.string().nullable(),
  kind: z.enum(mediaKinds).nullable(),
  status: z.enum(mediaStatuses),
  /** 0–100 while processing. */
  progress: z.number().int(),
  /** Bytes counted against the organisation's quota. */
  sizeBytes: z.number().int(),
  durationMs: z.number().int().nullable(),
  variants: z.array(MediaVariantSchema),
  /** Why a file was rejected or failed (an error code the web app translates). */
  problem: z.string().nullable(),
  uploadedAt: TimestampSchema,
});
export type Media = z.infer<typeof MediaSchema>;

export const MediaListSchema = z.object({
  items: z.array(MediaSchema),
  /** Whether this server transcodes and normalises audio (ffmpeg found). */
  transcoding: z.boolean(),
});
export type MediaList = z.infer<typeof MediaListSchema>;

export const MediaUsageSchema = z.object({
  usedBytes: z.number().int(),
  quotaBytes: z.number().int(),
});
export type MediaUsage = z.infer<typeof MediaUsageSchema>;

export const MediaParamsSchema = z.object({ orgId: IdSchema, mediaId: IdSchema });
export const MediaContentParamsSchema = MediaParamsSchema.extend({
  variant: z.enum(mediaVariantNames),
});
