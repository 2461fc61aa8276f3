// Partner structures (town halls, schools, social centres...), their contacts and agreements.
import { z } from 'zod';
import { AddressFields, AddressOutFields, refineAddress } from './address';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { optionalFields } from './field-helpers';
import { FileMetaSchema } from './files';
import { LocalDateSchema } from './local-time';

export const partnerTypes = [
  'municipality',
  'nursery_school',
  'primary_school',
  'secondary_school',
  'leisure_centre',
  'social_centre',
  'nursing_home',
  'disability_institute',
  'festival',
  'museum',
  'conservatory',
  'other',
] as const;
export const PartnerTypeSchema = z.enum(partnerTypes);
export type PartnerType = z.infer<typeof PartnerTypeSchema>;

const NameSchema = z.string().trim().min(1).max(200);
const NotesSchema = z.string().trim().max(4000).nullable();

const PartnerFields = {
  name: NameSchema,
  type: PartnerTypeSchema,
  ...AddressFields,
  notes: NotesSchema,
};

export const PartnerCreateBodySchema = z
  .strictObject({ ...optionalFields(PartnerFields), name: NameSchema, type: PartnerTypeSchema })
  .superRefine(refineAddress);
export type PartnerCreateBody = z.infer<typeof PartnerCreateBodySchema>;

/** Only the fields sent change; `archived: true` archives (the partner leaves lists, keeps its history). */
export const PartnerUpdateBodySchema = z
  .strictObject({ ...optionalFields(PartnerFields), archived: z.boolean().optional() })
  .superRefine(refineAddress);
export type PartnerUpdateBody = z.infer<typeof PartnerUpdateBodySchema>;

export const PartnerParamsSchema = z.strictObject({ orgId: IdSchema, partnerId: IdSchema });
export const PartnerContactParamsSchema = PartnerParamsSchema.extend({ contactId: IdSchema });
export const PartnerAgreementParamsSchema = PartnerParamsSchema.extend({ agreementId: IdSchema });

export const PartnerListQuerySchema = PageQuerySchema.extend({
  /** Part of the name, the commune or the postal code; accents and case do not matter. */
  q: z.string().trim().max(100).optional(),
  type: PartnerTypeSchema.optional(),
  includeArchived: z.enum(['true', 'false']).default('false'),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuerySchema>;

export const PartnerSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  type: PartnerTypeSchema,
  ...AddressOutFields,
  contactsCount: z.number().int(),
  agreementsCount: z.number().int(),
  archivedAt: TimestampSchema.nullable(),
});
export type PartnerSummary = z.infer<typeof PartnerSummarySchema>;

const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 .()-]{5,24}$/, 'A phone number such as 03 86 21 00 00');

const ContactFields = {
  name: z.string().trim().min(1).max(160),
  jobTitle: z.string().trim().min(1).max(160).nullable(),
  email: z.string().trim().toLowerCase().max(254).check(z.email()).nullable(),
  phone: PhoneSchema.nullable(),
};

export const PartnerContactCreateBodySchema = z.strictObject({
  ...optionalFields(ContactFields),
  name: ContactFields.name,
});
export type PartnerContactCreateBody = z.infer<typeof PartnerContactCreateBodySchema>;

export const PartnerContactUpdateBodySchema = z.strictObject(optionalFields(ContactFields));
export type PartnerContactUpdateBody = z.infer<typeof PartnerContactUpdateBodySchema>;

/** Viewers get contacts without e-mail and phone (null). */
export const PartnerContactSchema = z.object({
  id: IdSchema,
  name: z.string(),
  jobTitle: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PartnerContact = z.infer<typeof PartnerContactSchema>;

const AgreementFields = {
  title: z.string().trim().min(1).max(200),
  startsOn: LocalDateSchema,
  /** Open-ended when null. */
  endsOn: LocalDateSchema.nullable(),
  scope: z.string().trim().max(2000).nullable(),
};

function endsOnAfterStart(
  value: { startsOn?: string; endsOn?: string | null },
  context: z.core.$RefinementCtx,
) {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    context.addIssue({ code: 'custom', path: ['endsOn'], message: 'Must be on or after startsOn' });
  }
}

export const PartnerAgreementCreateBodySchema = z
  .strictObject({
    ...optionalFields(AgreementFields),
    title: AgreementFields.title,
    startsOn: AgreementFields.startsOn,
  })
  .superRefine(endsOnAfterStart);
export type PartnerAgreementCreateBody = z.infer<typeof PartnerAgreementCreateBodySchema>;

export const PartnerAgreementUpdateBodySchema = z
  .strictObject(optionalFields(AgreementFields))
  .superRefine(endsOnAfterStart);
export type PartnerAgreementUpdateBody = z.infer<typeof PartnerAgreementUpdateBodySchema>;

export const agreementStatuses = ['upcoming', 'active', 'ended'] as const;

export const PartnerAgreementSchema = z.object({
  id: IdSchema,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  scope: z.string().nullable(),
  /** From the dates, today in the organisation's time zone. */
  status: z.enum(agreementStatuses),
  document: FileMetaSchema.nullable(),
});
export type PartnerAgreement = z.infer<typeof PartnerAgreementSchema>;

export const PartnerSchema = PartnerSummarySchema.extend({
  notes: z.string().nullable(),
  contacts: z.array(PartnerContactSchema),
  agreements: z.array(PartnerAgreementSchema),
  /** Venues linked to this partner (its hall, its school). */
  venues: z.array(z.object({ id: IdSchema, name: z.string() })),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Partner = z.infer<typeof PartnerSchema>;

/** What still refers to a partner, venue or artist, counted by kind, in a 409 (`error.details.dependents`). */
export const DependentsSchema = z.record(z.string(), z.number().int());
export type Dependents = z.infer<typeof DependentsSchema>;
