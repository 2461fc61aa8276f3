// Venues: halls, schools, churches, theatres... with capacity, accessibility, equipment and availability.
import { z } from 'zod';
import { AddressFields, AddressOutFields, CoordinatesFields, refineAddress } from './address';
import {
  DateRangeOutSchema,
  DateRangesSchema,
  WeeklyWindowOutSchema,
  WeeklyWindowsSchema,
} from './availability';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { optionalFields } from './field-helpers';
import { TimeZoneSchema } from './local-time';

export const venueKinds = [
  'community_hall',
  'sports_hall',
  'school',
  'church',
  'theatre',
  'concert_hall',
  'social_centre',
  'nursing_home',
  'outdoor',
  'other',
] as const;
export const VenueKindSchema = z.enum(venueKinds);
export type VenueKind = z.infer<typeof VenueKindSchema>;

export const equipmentItems = [
  'piano',
  'sound_system',
  'stage',
  'projector',
  'chairs',
  'dressing_room',
  'blackout',
  'wifi',
] as const;
export const EquipmentItemSchema = z.enum(equipmentItems);
export type EquipmentItem = z.infer<typeof EquipmentItemSchema>;

/** Accessibility facts beyond step-free access; each is known-yes, known-no or not stated. */
export const accessibilityFacts = [
  'accessibleToilets',
  'hearingLoop',
  'accessibleParking',
  'lift',
] as const;

export const VenueAccessibilitySchema = z.strictObject({
  accessibleToilets: z.boolean().optional(),
  hearingLoop: z.boolean().optional(),
  accessibleParking: z.boolean().optional(),
  lift: z.boolean().optional(),
  notes: z.string().trim().max(1000).optional(),
});
export type VenueAccessibility = z.infer<typeof VenueAccessibilitySchema>;

const VenueFields = {
  name: z.string().trim().min(1).max(200),
  kind: VenueKindSchema,
  ...AddressFields,
  ...CoordinatesFields,
  timeZone: TimeZoneSchema,
  capacity: z.number().int().min(1).max(100_000).nullable(),
  stepFreeAccess: z.boolean(),
  accessibility: VenueAccessibilitySchema,
  equipment: z
    .array(EquipmentItemSchema)
    .max(equipmentItems.length)
    .refine((items) => new Set(items).size === items.length, 'Each item once'),
  /** The partner that owns or lends the venue (a town hall, a school). */
  partnerId: IdSchema.nullable(),
  notes: z.string().trim().max(4000).nullable(),
  /** Weekly opening windows in the venue's time zone; none means open every day. */
  availability: WeeklyWindowsSchema,
  blackouts: DateRangesSchema,
};

export const VenueCreateBodySchema = z
  .strictObject({
    ...optionalFields(VenueFields),
    name: VenueFields.name,
    kind: VenueFields.kind,
  })
  .superRefine(refineAddress);
export type VenueCreateBody = z.infer<typeof VenueCreateBodySchema>;

/** Only the fields sent change; `availability` and `blackouts`, when sent, replace the lists. */
export const VenueUpdateBodySchema = z
  .strictObject({ ...optionalFields(VenueFields), archived: z.boolean().optional() })
  .superRefine(refineAddress);
export type VenueUpdateBody = z.infer<typeof VenueUpdateBodySchema>;

export const VenueParamsSchema = z.strictObject({ orgId: IdSchema, venueId: IdSchema });

export const VenueListQuerySchema = PageQuerySchema.extend({
  /** Part of the name, the commune or the postal code; accents and case do not matter. */
  q: z.string().trim().max(100).optional(),
  kind: VenueKindSchema.optional(),
  partnerId: IdSchema.optional(),
  stepFreeAccess: z.enum(['true', 'false']).optional(),
  includeArchived: z.enum(['true', 'false']).default('false'),
});
export type VenueListQuery = z.infer<typeof VenueListQuerySchema>;

export const VenueSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: VenueKindSchema,
  ...AddressOutFields,
  capacity: z.number().int().nullable(),
  stepFreeAccess: z.boolean(),
  equipment: z.array(EquipmentItemSchema),
  archivedAt: TimestampSchema.nullable(),
});
export type VenueSummary = z.infer<typeof VenueSummarySchema>;

export const VenueSchema = VenueSummarySchema.extend({
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  timeZone: z.string(),
  accessibility: z.object({
    accessibleToilets: z.boolean().optional(),
    hearingLoop: z.boolean().optional(),
    accessibleParking: z.boolean().optional(),
    lift: z.boolean().optional(),
    notes: z.string().optional(),
  }),
  partner: z.object({ id: IdSchema, name: z.string() }).nullable(),
  notes: z.string().nullable(),
  availability: z.array(WeeklyWindowOutSchema),
  blackouts: z.array(DateRangeOutSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Venue = z.infer<typeof VenueSchema>;
