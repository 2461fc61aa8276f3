// What each component of the access score rests on for an area: present, partial or missing, with
// the imported file behind it, so that every reader of the ranking is told what it does not know.
import type {
  AccessDimension,
  AccessDimensionState,
  AccessDimensions,
  DimensionStatus,
  RankedCommune,
  ReferenceFileSource,
} from '@tutti/contracts';
import type { CommuneReference } from '../communes';

type ImportRow = NonNullable<ReturnType<CommuneReference['importOf']>>;

function sourceOf(row: ImportRow | undefined): ReferenceFileSource | null {
  if (!row) return null;
  return {
    name: row.sourceName,
    publisher: row.publisher,
    licence: row.licence,
    year: row.year,
    fileName: row.fileName,
    importedAt: row.importedAt.toISOString(),
  };
}

const knownIn = (items: readonly RankedCommune[], dimension: AccessDimension) =>
  items.filter((c) => !c.unknown.includes(dimension)).length;

function byCoverage(known: number, communes: number): DimensionStatus {
  if (known === 0) return 'missing';
  return known === communes ? 'present' : 'partial';
}

/**
 * The state of each component for the ranked communes of an area. Distance is `partial` when it
 * rests on the organisation's own places alone (no facilities file): a commune far from them may
 * still have a theatre next door.
 *
 * @example dimensionsOf({ reference, items, ownPlaces: 4 }).rurality.status // 'missing'
 */
export function dimensionsOf({
  reference,
  items,
  ownPlaces,
}: {
  reference: CommuneReference;
  items: readonly RankedCommune[];
  ownPlaces: number;
}): AccessDimensions {
  const facilitiesImport = reference.importOf('cultural-facilities');
  const distanceKnown = knownIn(items, 'distance');
  const facilities = reference.liveMusicFacilities.length;
  const anyPlace = ownPlaces + facilities > 0;
  const distanceStatus: DimensionStatus = !anyPlace
    ? 'missing'
    : facilitiesImport && distanceKnown === items.length
      ? 'present'
      : 'partial';
  const ruralityKnown = knownIn(items, 'rurality');
  const priorityKnown = knownIn(items, 'priority');
  const state = (
    known: number,
    row: ImportRow | undefined,
    status = byCoverage(known, items.length),
  ): AccessDimensionState => ({
    status,
    source: status === 'missing' ? null : sourceOf(row),
    knownCommunes: known,
  });
  return {
    distance: {
      ...state(distanceKnown, facilitiesImport, distanceStatus),
      ownPlaces,
      facilities,
    },
    activities: { status: 'present', source: null, knownCommunes: items.length },
    // Density classes come from the density grid, else from a centres file that carries them.
    rurality: state(
      ruralityKnown,
      reference.importOf('density-grid') ?? reference.importOf('commune-centres'),
    ),
    priority: state(priorityKnown, reference.importOf('priority-areas')),
  };
}
