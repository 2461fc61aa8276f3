// Communes (and BE/DE/LU municipalities), their search, and the territorial lists they belong to.
import { z } from 'zod';
import { PlaceCommuneCodeSchema } from './address';

/**
 * `official`: a point inside the commune's official shape, shipped with Tutti; `imported`: an
 * official file a coordinator imported; `geonames`: the GeoNames place; `approximate`: computed.
 */
export const coordinatesSources = ['official', 'imported', 'geonames', 'approximate'] as const;
export const CoordinatesSourceSchema = z.enum(coordinatesSources);
export type CoordinatesSource = z.infer<typeof CoordinatesSourceSchema>;

export const countryCodes = ['FR', 'BE', 'DE', 'LU'] as const;

/** A department code: two digits, 2A/2B (Corsica) or three digits overseas. */
export const DepartmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{2,3}|2[AB])$/, 'A department code such as 48 or 2A');
export const RegionCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}$/, 'A region code such as 76');
/** SIREN of an EPCI: nine digits. */
export const EpciCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'An EPCI SIREN such as 200071066');

export const CommuneSchema = z.object({
  /** INSEE code for France; `BE-<NIS>`, `DE-<AGS>`, `LU-<key>` abroad. */
  id: z.string(),
  country: z.enum(countryCodes),
  name: z.string(),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  regionCode: z.string().nullable(),
  epciCode: z.string().nullable(),
  postalCodes: z.array(z.string()),
  population: z.number().int(),
  latitude: z.number(),
  longitude: z.number(),
  /** `approximate` positions were computed from neighbouring communes: show them as such. */
  coordinatesSource: CoordinatesSourceSchema,
  coordinatesMethod: z.string(),
  approximate: z.boolean(),
  areaKm2: z.number().nullable(),
  /** INSEE 7-level density grid (1 = large urban centre … 7 = very dispersed rural), when imported. */
  densityClass: z.number().int().min(1).max(7).nullable(),
});
export type Commune = z.infer<typeof CommuneSchema>;

export const communeMatchKinds = ['exact', 'prefix', 'words', 'postal-code', 'code'] as const;

export const CommuneMatchSchema = CommuneSchema.extend({
  /** The name that matched: the commune's own, or an alias ("Paris 15e Arrondissement"). */
  matchedName: z.string(),
  match: z.enum(communeMatchKinds),
});
export type CommuneMatch = z.infer<typeof CommuneMatchSchema>;

export const COMMUNE_SEARCH_MAX_LIMIT = 50;

export const CommuneSearchQuerySchema = z.strictObject({
  /** A name (accents, case and hyphens ignored), a postal code or an INSEE code. */
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(COMMUNE_SEARCH_MAX_LIMIT).default(10),
});
export type CommuneSearchQuery = z.infer<typeof CommuneSearchQuerySchema>;

export const CommuneParamsSchema = z.strictObject({ code: PlaceCommuneCodeSchema });

export const DepartmentSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  communes: z.number().int(),
  population: z.number().int(),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  communes: z.number().int(),
  population: z.number().int(),
});
export type Region = z.infer<typeof RegionSchema>;

export const EpciSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** CC, CA, CU, METRO, MET69… as published by the DGCL. */
  kind: z.string(),
  departmentCodes: z.array(z.string()),
  communes: z.number().int(),
  population: z.number().int(),
});
export type Epci = z.infer<typeof EpciSchema>;

export const EpciListQuerySchema = z.strictObject({ department: DepartmentCodeSchema.optional() });
export const DepartmentParamsSchema = z.strictObject({ code: DepartmentCodeSchema });
export const RegionParamsSchema = z.strictObject({ code: RegionCodeSchema });
export const EpciParamsSchema = z.strictObject({ code: EpciCodeSchema });

export const referenceImportKinds = [
  'commune-centres',
  'density-grid',
  'cultural-facilities',
  'priority-areas',
] as const;
export const ReferenceImportKindSchema = z.enum(referenceImportKinds);
export type ReferenceImportKind = z.infer<typeof ReferenceImportKindSchema>;

/** An official file applied (web app or `npm run territories:import`), with its provenance and counts. */
export const ReferenceImportSchema = z.object({
  kind: ReferenceImportKindSchema,
  sourceName: z.string(),
  publisher: z.string(),
  licence: z.string(),
  year: z.number().int(),
  fileName: z.string().nullable(),
  linesRead: z.number().int(),
  records: z.number().int(),
  applied: z.number().int(),
  unknownCommunes: z.number().int(),
  importedAt: z.string(),
});
export type ReferenceImport = z.infer<typeof ReferenceImportSchema>;

export const ReferenceStatusSchema = z.object({
  /** The data sets every instance ships with (INSEE/DGCL via Etalab, GeoNames). */
  builtInSources: z.array(
    z.object({ name: z.string(), publisher: z.string(), licence: z.string(), year: z.number() }),
  ),
  /** The latest import of each kind, if any. */
  imports: z.array(ReferenceImportSchema),
  coverage: z.array(
    z.object({
      country: z.enum(countryCodes),
      communes: z.number().int(),
      approximate: z.number().int(),
      approximateShare: z.number(),
    }),
  ),
});
export type ReferenceStatus = z.infer<typeof ReferenceStatusSchema>;
