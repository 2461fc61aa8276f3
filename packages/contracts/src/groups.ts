// Groups: a class, a social-centre group, a choir or an audience, with its relay person.
import { z } from 'zod';
import { PlaceCommuneCodeSchema, PlaceCommuneNameSchema } from './address';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';

export const groupKinds = [
  'class',
  'leisure_centre_group',
  'social_centre_group',
  'choir',
  'nursing_home_group',
  'disability_institute_group',
  'audience',
  'other',
] as const;
export const GroupKindSchema = z.enum(groupKinds);
export type GroupKind = z.infer<typeof GroupKindSchema>;

/** Age bands follow school stages; every band below 18 is a minor's. */
export const ageBands = ['0-2', '3-5', '6-10', '11-14', '15-17', '18-25', '26-64', '65+'] as const;
export const AgeBandSchema = z.enum(ageBands);
export type AgeBand = z.infer<typeof AgeBandSchema>;
export const minorAgeBands: readonly AgeBand[] = ['0-2', '3-5', '6-10', '11-14', '15-17'];

export function isMinorAgeBand(ageBand: AgeBand) {
  return minorAgeBands.includes(ageBand);
}

const GroupFields = {
  name: z.string().trim().min(1).max(160),
  kind: GroupKindSchema,
  partnerId: IdSchema.nullable(),
  /** A member of the organisation with the role `relay`. */
  relayUserId: IdSchema.nullable(),
  /** False for people counted rather than listed (an audience). */
  listedIndividually: z.boolean(),
  expectedSize: z.number().int().min(1).max(100_000).nullable(),
  ageBand: AgeBandSchema.nullable(),
  communeCode: PlaceCommuneCodeSchema.nullable(),
  communeName: PlaceCommuneNameSchema.nullable(),
};

export const GroupCreateBodySchema = z.strictObject({
  name: GroupFields.name,
  kind: GroupFields.kind,
  partnerId: GroupFields.partnerId.optional(),
  relayUserId: GroupFields.relayUserId.optional(),
  listedIndividually: GroupFields.listedIndividually.default(true),
  expectedSize: GroupFields.expectedSize.optional(),
  ageBand: GroupFields.ageBand.optional(),
  communeCode: GroupFields.communeCode.optional(),
  communeName: GroupFields.communeName.optional(),
});
export type GroupCreateBody = z.infer<typeof GroupCreateBodySchema>;

/** Only the fields sent change; `archived: true` archives the group (it leaves lists, keeps its history). */
export const GroupUpdateBodySchema = z
  .strictObject({ ...GroupFields, archived: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to update' });
export type GroupUpdateBody = z.infer<typeof GroupUpdateBodySchema>;

export const GroupSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: GroupKindSchema,
  partner: z.object({ id: IdSchema, name: z.string() }).nullable(),
  relay: z.object({ userId: IdSchema, displayName: z.string() }).nullable(),
  listedIndividually: z.boolean(),
  expectedSize: z.number().int().nullable(),
  ageBand: AgeBandSchema.nullable(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  /** Listed participants, anonymised ones excluded. */
  participantCount: z.number().int(),
  /** Minors of the group without a current guardian consent for participation. */
  minorsWithoutConsent: z.number().int(),
  archivedAt: TimestampSchema.nullable(),
  createdAt: TimestampSchema,
});
export type Group = z.infer<typeof GroupSchema>;

export const GroupParamsSchema = z.strictObject({ orgId: IdSchema, groupId: IdSchema });

export const GroupListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: GroupKindSchema.optional(),
  relayUserId: IdSchema.optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});
export type GroupListQuery = z.infer<typeof GroupListQuerySchema>;
