// Territories of an organisation: the access index of an area, ranked with reasons; nearest places.
import { z } from 'zod';
import { PlaceCommuneCodeSchema } from './address';
import {
  CoordinatesSourceSchema,
  DepartmentCodeSchema,
  EpciCodeSchema,
  RegionCodeSchema,
} from './communes';
import { LocalDateSchema } from './local-time';

export const areaKinds = ['department', 'epci', 'region', 'communes'] as const;
export const AreaKindSchema = z.enum(areaKinds);
export type AreaKind = z.infer<typeof AreaKindSchema>;

export const AREA_MAX_COMMUNES_IN_LIST = 300;

/** `48094,48095,BE-21004`: any list of communes, French or foreign (a cross-border area). */
export const CommuneListSchema = z
  .string()
  .max(6_000)
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(PlaceCommuneCodeSchema).min(1).max(AREA_MAX_COMMUNES_IN_LIST));

/**
 * The area to rank: one of department, EPCI, region or a list of communes. Without any, the
 * department where the organisation has the most venues is chosen. `asOf` ends the 12-month
 * window (default: today).
 */
export const AccessQuerySchema = z
  .strictObject({
    department: DepartmentCodeSchema.optional(),
    epci: EpciCodeSchema.optional(),
    region: RegionCodeSchema.optional(),
    communes: CommuneListSchema.optional(),
    asOf: LocalDateSchema.optional(),
  })
  .superRefine((query, context) => {
    const given = (['department', 'epci', 'region', 'communes'] as const).filter(
      (k) => query[k] !== undefined,
    );
    for (const extra of given.slice(1)) {
      context.addIssue({
        code: 'custom',
        path: [extra],
        message: `Choose one area: ${given[0]} is already given`,
      });
    }
  });
export type AccessQuery = z.infer<typeof AccessQuerySchema>;

export const AreaSchema = z.object({
  kind: AreaKindSchema,
  /** Department, EPCI or region code; null for a list. */
  code: z.string().nullable(),
  name: z.string(),
  communeIds: z.array(z.string()),
});
export type Area = z.infer<typeof AreaSchema>;

/** Points each component adds (0–45, 0–25, 0–15, 0–15). */
export const ScorePointsSchema = z.object({
  distance: z.number(),
  activities: z.number(),
  rurality: z.number(),
  priority: z.number(),
});
export type ScorePoints = z.infer<typeof ScorePointsSchema>;

/** The four parts of the access score; `activities` is the organisation's own data. */
export const accessDimensions = ['distance', 'activities', 'rurality', 'priority'] as const;
export const AccessDimensionSchema = z.enum(accessDimensions);
export type AccessDimension = z.infer<typeof AccessDimensionSchema>;

/** Points a commune gets per component; null when its data is missing (left out of the score). */
export const CommunePointsSchema = z.object({
  distance: z.number().nullable(),
  activities: z.number(),
  rurality: z.number().nullable(),
  priority: z.number().nullable(),
});

/**
 * `present`: known for every commune of the area from an official file (or, for activities, the
 * organisation's own sessions); `partial`: known for some communes only, or (distance) from the
 * organisation's own places alone, without the cultural facilities file; `missing`: unknown, left
 * out of every score.
 */
export const dimensionStatuses = ['present', 'partial', 'missing'] as const;
export const DimensionStatusSchema = z.enum(dimensionStatuses);
export type DimensionStatus = z.infer<typeof DimensionStatusSchema>;

/** An official file an answer rests on, as imported. */
export const ReferenceFileSourceSchema = z.object({
  name: z.string(),
  publisher: z.string(),
  licence: z.string(),
  year: z.number().int(),
  fileName: z.string().nullable(),
  importedAt: z.string(),
});
export type ReferenceFileSource = z.infer<typeof ReferenceFileSourceSchema>;

export const AccessDimensionStateSchema = z.object({
  status: DimensionStatusSchema,
  /** The imported file behind it; null when none was imported (or for activities). */
  source: ReferenceFileSourceSchema.nullable(),
  /** Communes of the area for which it is known. */
  knownCommunes: z.number().int(),
});
export type AccessDimensionState = z.infer<typeof AccessDimensionStateSchema>;

/** A translatable reason (`access.reason.*` key of @tutti/geo) with its figures. */
export const ReasonSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.number()),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const liveMusicPlaceKinds = ['facility', 'venue'] as const;

export const RankedCommuneSchema = z.object({
  rank: z.number().int(),
  communeId: z.string(),
  name: z.string(),
  departmentCode: z.string().nullable(),
  population: z.number().int(),
  /**
   * 0–100, higher = further from live music and from Tutti, higher priority: the points of the
   * known components over `possiblePoints`.
   */
  score: z.number(),
  points: CommunePointsSchema,
  /** What the known components can add at most: 100 when nothing is missing. */
  possiblePoints: z.number(),
  /** Components left out of this commune's score because their data is missing. */
  unknown: z.array(AccessDimensionSchema),
  distanceToLiveMusicKm: z.number().nullable(),
  carMinutes: z.number().nullable(),
  nearestLiveMusic: z.object({ kind: z.enum(liveMusicPlaceKinds), name: z.string() }).nullable(),
  /** The organisation's sessions of the 12 months held in the commune. */
  activities: z.number().int(),
  activitiesPer1000: z.number().nullable(),
  densityClass: z.number().int().nullable(),
  /** Null when unknown: no priority-area file imported, or a commune outside France. */
  priorityArea: z.boolean().nullable(),
  approximateLocation: z.boolean(),
  coordinatesSource: CoordinatesSourceSchema,
  latitude: z.number(),
  longitude: z.number(),
  reasons: z.array(ReasonSchema),
});
export type RankedCommune = z.infer<typeof RankedCommuneSchema>;

export const MapVenueSchema = z.object({
  id: z.string(),
  name: z.string(),
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  /** Placed at its commune's approximate position (no own coordinates). */
  approximate: z.boolean(),
  /** Sessions (not cancelled) in the 12-month window, and how many of them were concerts. */
  sessions: z.number().int(),
  concerts: z.number().int(),
  /** Counted as a live-music place: every venue of the organisation is one. */
  liveMusic: z.boolean(),
});
export type MapVenue = z.infer<typeof MapVenueSchema>;

/** `commune` when the file gave no position and the facility was placed at its commune's. */
export const facilityPositionSources = ['facility', 'commune'] as const;

export const MapFacilitySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** conservatory, music-school, opera, concert-hall, performing-arts-stage. */
  kind: z.string(),
  typeLabel: z.string(),
  communeId: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  /** `commune` when the file gave no position: placed at its commune's. */
  positionSource: z.enum(facilityPositionSources),
});
export type MapFacility = z.infer<typeof MapFacilitySchema>;

export const ScoreParametersSchema = z.object({
  weights: ScorePointsSchema,
  distanceSaturationKm: z.number(),
  activitiesSaturationPer1000: z.number(),
});

/** What each component of the score rests on in this answer, and what is missing. */
export const AccessDimensionsSchema = z.object({
  distance: AccessDimensionStateSchema.extend({
    /** Venues of the organisation counted as live-music places. */
    ownPlaces: z.number().int(),
    /** Imported facilities that host live music (0 without the facilities file). */
    facilities: z.number().int(),
  }),
  activities: AccessDimensionStateSchema,
  rurality: AccessDimensionStateSchema,
  priority: AccessDimensionStateSchema,
});
export type AccessDimensions = z.infer<typeof AccessDimensionsSchema>;

export const AccessReportSchema = z.object({
  /** Null when no area was asked and the organisation has no venue to choose one from. */
  area: AreaSchema.nullable(),
  asOf: z.string(),
  periodStart: z.string(),
  score: ScoreParametersSchema,
  summary: z.object({
    communes: z.number().int(),
    population: z.number().int(),
    approximateCommunes: z.number().int(),
    /** Null when the priority areas are unknown. */
    priorityCommunes: z.number().int().nullable(),
    /** Null when no live-music place is known at all. */
    noLiveMusicWithin30Km: z.number().int().nullable(),
    communesWithActivities: z.number().int(),
    averageScore: z.number().nullable(),
    /** Different scores among the communes: 1 means the known data does not tell them apart. */
    distinctScores: z.number().int(),
  }),
  dimensions: AccessDimensionsSchema,
  /** What the figures rest on: which reference files were imported, and of which year. */
  reference: z.object({
    facilitiesYear: z.number().int().nullable(),
    densityYear: z.number().int().nullable(),
    priorityAreasYear: z.number().int().nullable(),
    centresYear: z.number().int().nullable(),
  }),
  items: z.array(RankedCommuneSchema),
  /**
   * Departments whose commune shapes (`GET /api/territories/departments/{code}/shapes`) hold the
   * area's communes, for a map by commune; communes abroad or in overseas collectivities have none.
   */
  shapeDepartments: z.array(z.string()),
  venues: z.array(MapVenueSchema),
  facilities: z.array(MapFacilitySchema),
});
export type AccessReport = z.infer<typeof AccessReportSchema>;

export const nearestKinds = ['venue', 'group'] as const;
export const NEAREST_MAX_LIMIT = 50;

/**
 * Nearest venues or groups to a point (`lat` + `lon`) or to a commune (`communeCode`). With
 * neither, the origin is the centre of the organisation's venues.
 */
export const NearestQuerySchema = z
  .strictObject({
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    communeCode: PlaceCommuneCodeSchema.optional(),
    kind: z.enum(nearestKinds).default('venue'),
    limit: z.coerce.number().int().min(1).max(NEAREST_MAX_LIMIT).default(10),
  })
  .superRefine((query, context) => {
    if ((query.lat === undefined) !== (query.lon === undefined)) {
      const missing = query.lat === undefined ? 'lat' : 'lon';
      context.addIssue({ code: 'custom', path: [missing], message: 'Send lat and lon together' });
    }
    if (query.lat !== undefined && query.communeCode !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['communeCode'],
        message: 'Give a point or a commune, not both',
      });
    }
  });
export type NearestQuery = z.infer<typeof NearestQuerySchema>;

export const NearestOriginSchema = z.object({
  kind: z.enum(['point', 'commune', 'organisation-centre']),
  latitude: z.number(),
  longitude: z.number(),
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
  approximate: z.boolean(),
});

export const NearestItemSchema = z.object({
  kind: z.enum(nearestKinds),
  id: z.string(),
  name: z.string(),
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  /** Groups are placed at their commune; venues without coordinates too. */
  positionSource: z.enum(['own', 'commune']),
  approximate: z.boolean(),
  /** Great-circle distance; `roadDistanceKm` and `carMinutes` are estimates from it. */
  distanceKm: z.number(),
  roadDistanceKm: z.number(),
  carMinutes: z.number(),
});
export type NearestItem = z.infer<typeof NearestItemSchema>;

export const NearestResultSchema = z.object({
  origin: NearestOriginSchema.nullable(),
  items: z.array(NearestItemSchema),
});
export type NearestResult = z.infer<typeof NearestResultSchema>;

/** The map's tile server, configured by the instance (`TUTTI_MAP_TILE_URL`). */
export const MapConfigSchema = z.object({
  tileUrl: z.string(),
  attribution: z.string(),
  maxZoom: z.number().int(),
});
export type MapConfig = z.infer<typeof MapConfigSchema>;
