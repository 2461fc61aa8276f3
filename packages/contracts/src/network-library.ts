// A network's shared library: methods, journey templates, workshop plans, consent forms,
// repertoire lists, evaluation grids, scores and media that member organisations share with the
// network, credited to their organisation under an SPDX licence, copied in one click by another
// member into its own space, with usage counted inside each organisation (no people shown under 5).
import { z } from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { AgendaAudienceSchema, agendaAudiences } from './network-agenda';
import { NetworkFigureSchema, NetworkLanguageSchema } from './networks';
import { sessionKinds } from './sessions';

export const libraryEntryKinds = [
  'method',
  'journey_template',
  'workshop_plan',
  'consent_form',
  'repertoire_list',
  'evaluation_grid',
  'activity_sheet',
  'score',
  'media',
] as const;
export const LibraryEntryKindSchema = z.enum(libraryEntryKinds);
export type LibraryEntryKind = z.infer<typeof LibraryEntryKindSchema>;

/** Kinds whose content is a file of the organisation's media (the others are text, or steps). */
export const libraryFileKinds: readonly LibraryEntryKind[] = ['score', 'media'];

/**
 * Licences by SPDX id. `LicenseRef-network-members` is the network's own: members may copy and use
 * it in their activities, nobody else.
 */
export const libraryLicences = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
  'etalab-2.0',
  'LicenseRef-network-members',
] as const;
export const LibraryLicenceSchema = z.enum(libraryLicences);
export type LibraryLicence = z.infer<typeof LibraryLicenceSchema>;

/** `shared`: in the library; `taken_down`: removed after a takedown request (copies stay). */
export const libraryEntryStatuses = ['shared', 'taken_down'] as const;
export const LibraryEntryStatusSchema = z.enum(libraryEntryStatuses);

export const takedownStatuses = ['open', 'upheld', 'dismissed'] as const;
export const TakedownStatusSchema = z.enum(takedownStatuses);

export const LibraryEntryParamsSchema = z.strictObject({
  orgId: IdSchema,
  networkId: IdSchema,
  libraryEntryId: IdSchema,
});
export const NetworkLibraryEntryParamsSchema = z.strictObject({
  networkId: IdSchema,
  libraryEntryId: IdSchema,
});
export const TakedownParamsSchema = z.strictObject({
  networkId: IdSchema,
  takedownId: IdSchema,
});

const TagSchema = z.string().trim().min(1).max(40);

const EntryFieldsShape = {
  title: z.string().trim().min(2).max(200),
  summary: z.string().trim().min(1).max(1000),
  /** The text itself (a method, a plan, a form, a list); at most 20,000 characters (what a journey space resource holds). */
  body: z.string().trim().min(1).max(20_000).nullable().default(null),
  language: NetworkLanguageSchema,
  licence: LibraryLicenceSchema,
  audiences: z.array(AgendaAudienceSchema).max(agendaAudiences.length).default([]),
  tags: z.array(TagSchema).max(12).default([]),
};

/**
 * Shares something with the network: a text (`body`), one of the organisation's journey
 * templates (`templateId`, its steps are copied into the entry) or one of its media files
 * (`mediaId`; the file cannot be deleted while it is shared).
 */
export const LibraryShareBodySchema = z.strictObject({
  kind: LibraryEntryKindSchema,
  ...EntryFieldsShape,
  templateId: IdSchema.nullable().default(null),
  mediaId: IdSchema.nullable().default(null),
});
export type LibraryShareBody = z.infer<typeof LibraryShareBodySchema>;

/** A new version: the text, licence or description change; the version number goes up. */
export const LibraryUpdateBodySchema = z
  .strictObject({
    title: EntryFieldsShape.title,
    summary: EntryFieldsShape.summary,
    body: z.string().trim().min(1).max(20_000).nullable(),
    language: NetworkLanguageSchema,
    licence: LibraryLicenceSchema,
    audiences: EntryFieldsShape.audiences.unwrap(),
    tags: EntryFieldsShape.tags.unwrap(),
  })
  .partial();
export type LibraryUpdateBody = z.infer<typeof LibraryUpdateBodySchema>;

export const LibraryQuerySchema = PageQuerySchema.extend({
  /** Words found in the title, summary, text and tags, whatever the accents and case. */
  q: z.string().trim().max(200).optional(),
  kind: LibraryEntryKindSchema.optional(),
  language: NetworkLanguageSchema.optional(),
  audience: AgendaAudienceSchema.optional(),
  tag: TagSchema.optional(),
  /** Only what this organisation shared. */
  mine: z.enum(['true', 'false']).optional(),
});
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

export const LibraryStepSchema = z.object({
  kind: z.enum(sessionKinds),
  title: z.string().nullable(),
  durationMin: z.number().int(),
  spacingDays: z.number().int(),
});
export type LibraryStep = z.infer<typeof LibraryStepSchema>;

/**
 * How the copies were used, counted inside each organisation that copied the entry: journeys
 * and sessions, and people present, hidden (`state: hidden`) while fewer than 5.
 */
export const LibraryUsageSchema = z.object({
  organisations: z.number().int(),
  journeys: z.number().int(),
  sessions: z.number().int(),
  people: NetworkFigureSchema,
});
export type LibraryUsage = z.infer<typeof LibraryUsageSchema>;

export const LibraryEntrySummarySchema = z.object({
  id: IdSchema,
  networkId: IdSchema,
  kind: LibraryEntryKindSchema,
  title: z.string(),
  summary: z.string(),
  language: NetworkLanguageSchema,
  licence: LibraryLicenceSchema,
  version: z.number().int(),
  audiences: z.array(AgendaAudienceSchema),
  tags: z.array(z.string()),
  status: LibraryEntryStatusSchema,
  /** The organisation credited: the one that shared it. */
  owner: z.object({ orgId: IdSchema, name: z.string() }),
  /** Shared by the organisation asking. */
  mine: z.boolean(),
  file: z
    .object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })
    .nullable(),
  stepCount: z.number().int(),
  usage: LibraryUsageSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type LibraryEntrySummary = z.infer<typeof LibraryEntrySummarySchema>;

export const LibraryEntrySchema = LibraryEntrySummarySchema.extend({
  body: z.string().nullable(),
  steps: z.array(LibraryStepSchema),
  /** The asking organisation's copies of it, latest first. */
  copies: z.array(
    z.object({
      version: z.number().int(),
      copiedAt: TimestampSchema,
      target: z.enum(['journey_template', 'space_resource']),
      targetId: IdSchema.nullable(),
    }),
  ),
  /** Open takedown requests, told to the owner and the network's coordinators only. */
  openTakedowns: z.number().int(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export const LibraryCopySchema = z.object({
  target: z.enum(['journey_template', 'space_resource']),
  /** The new journey template or journey-space resource in the copying organisation. */
  targetId: IdSchema,
  version: z.number().int(),
});
export type LibraryCopy = z.infer<typeof LibraryCopySchema>;

export const TakedownBodySchema = z.strictObject({
  reason: z.string().trim().min(5).max(2000),
});
export const TakedownDecisionBodySchema = z.strictObject({
  decision: z.enum(['upheld', 'dismissed']),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const TakedownSchema = z.object({
  id: IdSchema,
  entryId: IdSchema,
  entryTitle: z.string(),
  ownerOrgId: IdSchema,
  requestedBy: z.object({ orgId: IdSchema, name: z.string() }),
  reason: z.string(),
  status: TakedownStatusSchema,
  note: z.string().nullable(),
  createdAt: TimestampSchema,
  resolvedAt: TimestampSchema.nullable(),
});
export type Takedown = z.infer<typeof TakedownSchema>;
