// Territorial reference data imported from official files, shared by every organisation (no
// org_id): commune centres and areas, density classes, cultural facilities, priority
// neighbourhoods, and the log of imports with their source, year and counts. Tenant code only
// reads these tables (write privileges revoked by migration); imports run as the owner.
import {
  facilityPositionSources,
  referenceImportKinds,
  referenceImportRunStates,
} from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { orgIdColumn, tenantPolicy } from './tenancy';

/**
 * One file applied by `npm run territories:import` (the files of one run share a batch) or from
 * the web app. Its rows are written first, then `applied_at` makes them the current ones of its
 * kind in one short transaction: until then readers do not see them.
 */
export const referenceImports = pgTable(
  'reference_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id').notNull(),
    kind: text('kind', { enum: referenceImportKinds }).notNull(),
    sourceName: text('source_name').notNull(),
    publisher: text('publisher').notNull(),
    licence: text('licence').notNull(),
    year: integer('year').notNull(),
    fileName: text('file_name'),
    layout: text('layout').notNull(),
    linesRead: integer('lines_read').notNull(),
    records: integer('records').notNull(),
    /** Communes updated, facilities placed or priority areas kept. */
    applied: integer('applied').notNull(),
    /** Codes of the file that match no current commune (skipped, reported). */
    unknownCommunes: integer('unknown_communes').notNull(),
    warnings: integer('warnings').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null while its rows are being written (or after an interrupted write, cleared later). */
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [index('reference_imports_kind_at_idx').on(t.kind, t.importedAt)],
);

/** Official centre (or town hall), area and density class per commune, from the latest centres file. */
export const referenceCommuneCentres = pgTable(
  'reference_commune_centres',
  {
    communeId: text('commune_id').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    coordinatesMethod: text('coordinates_method', {
      enum: ['official-centre', 'official-town-hall'],
    }),
    areaKm2: doublePrecision('area_km2'),
    densityClass: smallint('density_class'),
    importId: uuid('import_id')
      .notNull()
      .references(() => referenceImports.id, { onDelete: 'cascade' }),
  },
  // The import first: a new file's rows are written beside the current ones.
  (t) => [primaryKey({ columns: [t.importId, t.communeId] })],
);

/** INSEE 7-level density class per commune, from the latest density grid. */
export const referenceCommuneDensity = pgTable(
  'reference_commune_density',
  {
    communeId: text('commune_id').notNull(),
    densityClass: smallint('density_class').notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => referenceImports.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.importId, t.communeId] })],
);

/** Cultural places and facilities (Ministry of Culture), classified by the live music they host. */
export const referenceCulturalFacilities = pgTable(
  'reference_cultural_facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The publisher's identifier (not guaranteed unique across editions). */
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    typeLabel: text('type_label').notNull(),
    kind: text('kind').notNull(),
    hostsLiveMusic: boolean('hosts_live_music').notNull(),
    communeId: text('commune_id'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** `commune` when the file gave no position and the commune's was used. */
    positionSource: text('position_source', { enum: facilityPositionSources }).notNull(),
    domain: text('domain'),
    subdomain: text('subdomain'),
    labels: text('labels').array().notNull().default(sql`'{}'::text[]`),
    priorityNeighbourhoodId: text('priority_neighbourhood_id'),
    importId: uuid('import_id')
      .notNull()
      .references(() => referenceImports.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('reference_cultural_facilities_live_idx').on(t.hostsLiveMusic),
    index('reference_cultural_facilities_commune_idx').on(t.communeId),
  ],
);

/** Priority neighbourhoods of city policy (QPV) and the current communes they lie in. */
export const referencePriorityAreas = pgTable(
  'reference_priority_areas',
  {
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Commune codes as published (may be former or arrondissement codes). */
    communeCodes: text('commune_codes').array().notNull(),
    /** The current communes they resolve to. */
    communeIds: text('commune_ids').array().notNull(),
    importId: uuid('import_id')
      .notNull()
      .references(() => referenceImports.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.importId, t.code] })],
);

/**
 * An official file uploaded from the web app by an admin of the organisation: previewed (its report
 * kept, its bytes staged in the file storage), then imported by a job that writes its rows in turns
 * and reports its progress. The upload is the organisation's; the data it feeds, the instance's.
 */
export const referenceImportRuns = pgTable(
  'reference_import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    kind: text('kind', { enum: referenceImportKinds }).notNull(),
    fileName: text('file_name').notNull(),
    byteSize: integer('byte_size').notNull(),
    year: integer('year').notNull(),
    state: text('state', { enum: referenceImportRunStates }).notNull(),
    /** What the file holds (counts, refused lines with reasons, first lines), as previewed. */
    preview: jsonb('preview').notNull(),
    /** `{ phase, done, total }` while importing. */
    progress: jsonb('progress'),
    error: text('error'),
    /** Where the uploaded bytes wait for the import; null once imported or discarded. */
    storageKey: text('storage_key'),
    importId: uuid('import_id').references(() => referenceImports.id, { onDelete: 'set null' }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('reference_import_runs_org_idx').on(t.orgId, t.createdAt),
    tenantPolicy('reference_import_runs'),
  ],
).enableRLS();
