// Participants with minimal data, guardian consent for minors, and access needs kept apart.
import { z } from 'zod';
import { PlaceCommuneCodeSchema, PlaceCommuneNameSchema } from './address';
import { EmailSchema, IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { AgeBandSchema } from './groups';
import { LocalDateSchema } from './local-time';
import { PhoneSchema } from './phone';

/**
 * What a consent covers. `handover`: being introduced by name to an ensemble of the directory after
 * the journey; `follow_up`: being asked afterwards whether they went and whether they still sing.
 */
export const consentPurposes = [
  'participation',
  'photos',
  'audio_video',
  'evaluation',
  'handover',
  'follow_up',
] as const;
export const ConsentPurposeSchema = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;

export const consentMethods = ['paper', 'online', 'email'] as const;
export const ConsentMethodSchema = z.enum(consentMethods);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/** Where a consent record comes from: typed in a form, or read from an imported file. */
export const consentSources = ['form', 'import'] as const;
export const ConsentSourceSchema = z.enum(consentSources);
export type ConsentSource = z.infer<typeof ConsentSourceSchema>;

/**
 * `not_required` for adults; `given` when a minor has a current consent for participation;
 * `missing` otherwise (the minor is flagged in lists and rosters).
 */
export const consentStatuses = ['not_required', 'given', 'missing'] as const;
export const ConsentStatusSchema = z.enum(consentStatuses);
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>;

export const FirstNameSchema = z.string().trim().min(1).max(80);
export const LastNameSchema = z.string().trim().min(1).max(80);

export const ConsentCreateBodySchema = z.strictObject({
  guardianName: z.string().trim().min(1).max(160),
  /** Lets the guardian ask for a one-time link to their children's page. */
  guardianEmail: EmailSchema.nullable().optional(),
  guardianPhone: PhoneSchema.nullable().optional(),
  givenOn: LocalDateSchema,
  method: ConsentMethodSchema,
  purposes: z
    .array(ConsentPurposeSchema)
    .min(1)
    .max(consentPurposes.length)
    .refine((list) => new Set(list).size === list.length, { message: 'Each purpose once' }),
});
export type ConsentCreateBody = z.infer<typeof ConsentCreateBodySchema>;

export const ConsentWithdrawBodySchema = z.strictObject({ withdrawnOn: LocalDateSchema });
export type ConsentWithdrawBody = z.infer<typeof ConsentWithdrawBodySchema>;

export const ConsentSchema = z.object({
  id: IdSchema,
  /** Null when an imported file said "oui" without naming the guardian. */
  guardianName: z.string().nullable(),
  guardianEmail: z.string().nullable(),
  guardianPhone: z.string().nullable(),
  givenOn: LocalDateSchema,
  method: ConsentMethodSchema,
  purposes: z.array(ConsentPurposeSchema),
  withdrawnOn: LocalDateSchema.nullable(),
  source: ConsentSourceSchema,
  /** For an imported consent: the file and the line it was read from. */
  sourceFile: z.string().nullable(),
  sourceLine: z.number().int().nullable(),
  createdAt: TimestampSchema,
});
export type Consent = z.infer<typeof ConsentSchema>;

export const AccessNeedsTextSchema = z.string().trim().min(1).max(2000);

/** Sets the access needs, or clears them with `null`. Admins and coordinators only. */
export const AccessNeedsUpdateBodySchema = z.strictObject({
  needs: AccessNeedsTextSchema.nullable(),
});
export type AccessNeedsUpdateBody = z.infer<typeof AccessNeedsUpdateBodySchema>;

export const AccessNeedsSchema = z.object({ needs: z.string(), updatedAt: TimestampSchema });
export type AccessNeeds = z.infer<typeof AccessNeedsSchema>;

export const ParticipantCreateBodySchema = z.strictObject({
  groupId: IdSchema,
  firstName: FirstNameSchema,
  lastName: LastNameSchema.nullable().optional(),
  ageBand: AgeBandSchema,
  communeCode: PlaceCommuneCodeSchema.nullable().optional(),
  communeName: PlaceCommuneNameSchema.nullable().optional(),
  /** A guardian consent recorded with the enrolment (the paper form handed in with it). */
  consent: ConsentCreateBodySchema.optional(),
  /** Only admins and coordinators may send it. */
  accessNeeds: AccessNeedsTextSchema.optional(),
});
export type ParticipantCreateBody = z.infer<typeof ParticipantCreateBodySchema>;

export const ParticipantUpdateBodySchema = z
  .strictObject({
    groupId: IdSchema,
    firstName: FirstNameSchema,
    lastName: LastNameSchema.nullable(),
    ageBand: AgeBandSchema,
    communeCode: PlaceCommuneCodeSchema.nullable(),
    communeName: PlaceCommuneNameSchema.nullable(),
    archived: z.boolean(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to update' });
export type ParticipantUpdateBody = z.infer<typeof ParticipantUpdateBodySchema>;

/** A participant as lists show them: never any access need. */
export const ParticipantSchema = z.object({
  id: IdSchema,
  group: z.object({ id: IdSchema, name: z.string() }),
  firstName: z.string(),
  lastName: z.string().nullable(),
  ageBand: AgeBandSchema,
  isMinor: z.boolean(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  consentStatus: ConsentStatusSchema,
  /** After this date the record is anonymised (see the retention rule). */
  retainUntil: LocalDateSchema,
  anonymised: z.boolean(),
  archivedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * One participant with their consents. `accessNeeds` is present only for the roles allowed to
 * read it (admin, coordinator): `null` when none are recorded.
 */
export const ParticipantDetailSchema = ParticipantSchema.extend({
  consents: z.array(ConsentSchema),
  accessNeeds: AccessNeedsSchema.nullable().optional(),
});
export type ParticipantDetail = z.infer<typeof ParticipantDetailSchema>;

export const ParticipantParamsSchema = z.strictObject({ orgId: IdSchema, participantId: IdSchema });
export const ConsentParamsSchema = z.strictObject({
  orgId: IdSchema,
  participantId: IdSchema,
  consentId: IdSchema,
});

export const ParticipantListQuerySchema = PageQuerySchema.extend({
  /** Part of the first or last name, any case, accents ignored. */
  q: z.string().trim().max(100).optional(),
  groupId: IdSchema.optional(),
  ageBand: AgeBandSchema.optional(),
  consent: ConsentStatusSchema.optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});
export type ParticipantListQuery = z.infer<typeof ParticipantListQuerySchema>;
