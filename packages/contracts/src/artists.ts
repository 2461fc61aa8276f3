// Artists: instruments and skills, home commune, transport, travel limit and availability.
import { z } from 'zod';
import { CoordinatesFields, PlaceCommuneCodeSchema, PlaceCommuneNameSchema } from './address';
import {
  DateRangeOutSchema,
  DateRangesSchema,
  WeeklyWindowOutSchema,
  WeeklyWindowsSchema,
} from './availability';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { optionalFields, refinePairs } from './field-helpers';
import { SessionKindSchema, sessionKinds } from './sessions';

export const transportModes = [
  'car',
  'electric_car',
  'carpool',
  'train',
  'bus',
  'bike',
  'walk',
] as const;
export const TransportModeSchema = z.enum(transportModes);
export type TransportMode = z.infer<typeof TransportModeSchema>;

const ArtistFields = {
  displayName: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().max(254).check(z.email()).nullable(),
  /** Free words as artists say them: "violoncelle", "chant", "djembé". */
  instruments: z
    .array(z.string().trim().min(1).max(60))
    .max(20)
    .refine(
      (items) => new Set(items.map((i) => i.toLowerCase())).size === items.length,
      'Each instrument once',
    ),
  /** The kinds of session the artist can lead. */
  skills: z
    .array(SessionKindSchema)
    .max(sessionKinds.length)
    .refine((items) => new Set(items).size === items.length, 'Each skill once'),
  homeCommuneCode: PlaceCommuneCodeSchema.nullable(),
  homeCommuneName: PlaceCommuneNameSchema.nullable(),
  ...CoordinatesFields,
  transportMode: TransportModeSchema,
  maxTravelKmPerDay: z.number().int().min(1).max(2000).nullable(),
  /** The artist's own account in this organisation (role artist), so they see their day. */
  userId: IdSchema.nullable(),
  /** Weekly working windows in local time; none means available any day. */
  availability: WeeklyWindowsSchema,
  unavailability: DateRangesSchema,
};

/** The home commune is a code and a name; a position is a latitude and a longitude. */
const refineHome = refinePairs([
  ['homeCommuneCode', 'homeCommuneName'],
  ['latitude', 'longitude'],
]);

export const ArtistCreateBodySchema = z
  .strictObject({ ...optionalFields(ArtistFields), displayName: ArtistFields.displayName })
  .superRefine(refineHome);
export type ArtistCreateBody = z.infer<typeof ArtistCreateBodySchema>;

/** Only the fields sent change; `availability` and `unavailability`, when sent, replace the lists. */
export const ArtistUpdateBodySchema = z
  .strictObject({ ...optionalFields(ArtistFields), archived: z.boolean().optional() })
  .superRefine(refineHome);
export type ArtistUpdateBody = z.infer<typeof ArtistUpdateBodySchema>;

export const ArtistParamsSchema = z.strictObject({ orgId: IdSchema, artistId: IdSchema });

export const ArtistListQuerySchema = PageQuerySchema.extend({
  /** Part of the name, an instrument or the home commune; accents and case do not matter. */
  q: z.string().trim().max(100).optional(),
  skill: SessionKindSchema.optional(),
  includeArchived: z.enum(['true', 'false']).default('false'),
});
export type ArtistListQuery = z.infer<typeof ArtistListQuerySchema>;

export const ArtistSummarySchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  /** Null for viewers: they read lists without contact details. */
  email: z.string().nullable(),
  instruments: z.array(z.string()),
  skills: z.array(SessionKindSchema),
  homeCommuneCode: z.string().nullable(),
  homeCommuneName: z.string().nullable(),
  transportMode: TransportModeSchema,
  maxTravelKmPerDay: z.number().int().nullable(),
  userId: IdSchema.nullable(),
  archivedAt: TimestampSchema.nullable(),
});
export type ArtistSummary = z.infer<typeof ArtistSummarySchema>;

export const ArtistSchema = ArtistSummarySchema.extend({
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** The linked account, as its owner named it. */
  user: z.object({ id: IdSchema, displayName: z.string() }).nullable(),
  availability: z.array(WeeklyWindowOutSchema),
  unavailability: z.array(DateRangeOutSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Artist = z.infer<typeof ArtistSchema>;
