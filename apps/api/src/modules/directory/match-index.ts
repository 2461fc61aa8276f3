// The published listings of an organisation in a k-d tree (kdbush, through @tutti/geo), one entry per
// place, and the halls a new ensemble could ask for, kept in memory while the data versions of
// ensembles, their places and venues do not move (each process builds its own from the database;
// nothing is shared in memory between processes). A match then costs one query: the stamp.
import type { EnsembleKind } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { buildPointIndex, type CommuneDataset, type PointIndex, resolveCommune } from '@tutti/geo';
import { stampOf } from '../../platform/http/answer-dependencies';
import * as directory from './directory.repository';
import { organisationVenues } from './places';
import { weekdayMask } from './rules';

export type IndexedEnsemble = {
  id: string;
  name: string;
  kind: EnsembleKind;
  publicCode: string;
  source: directory.EnsembleRow['source'];
  lastConfirmedMs: number;
  rehearsals: directory.EnsembleRow['rehearsals'];
  /** Bit 0 = Monday; 0 when no rehearsal day is stated. */
  weekdays: number;
  levels: directory.EnsembleRow['levels'];
  auditionRequired: boolean;
  partsSought: directory.EnsembleRow['partsSought'];
  genres: directory.EnsembleRow['genres'];
  ageBands: directory.EnsembleRow['ageBands'];
  workingLanguages: directory.EnsembleRow['workingLanguages'];
  communeNames: string[];
};

export type IndexedPlace = {
  ensemble: IndexedEnsemble;
  lat: number;
  lon: number;
  communeName: string | null;
  label: string | null;
};

/** A venue open to the public with a position: where a new ensemble could rehearse. */
export type MatchVenue = {
  id: string;
  name: string;
  communeName: string | null;
  lat: number;
  lon: number;
};

export type MatchData = { index: PointIndex<IndexedPlace>; venues: MatchVenue[] };

const TABLES = ['ensembles', 'ensemble_places', 'venues'];
type Cached = { stamp: string; data: Promise<MatchData> };
const cache = new Map<string, Cached>();

async function build(tx: Tx, orgId: string, dataset: CommuneDataset): Promise<MatchData> {
  const venues = (await organisationVenues(tx, orgId))
    // Halls a group may ask for: schools and nursing homes are not open to the public.
    .filter((v) => v.archivedAt === null && v.kind !== 'school' && v.kind !== 'nursing_home')
    .flatMap((v) =>
      v.latitude !== null && v.longitude !== null
        ? [
            {
              id: v.id,
              name: v.name,
              communeName: v.communeName,
              lat: v.latitude,
              lon: v.longitude,
            },
          ]
        : [],
    );
  const rows = await directory.matchingRows(tx);
  const byId = new Map<string, IndexedEnsemble>();
  const places: IndexedPlace[] = [];
  for (const row of rows) {
    let ensemble = byId.get(row.id);
    if (!ensemble) {
      ensemble = {
        id: row.id,
        name: row.name,
        kind: row.kind,
        publicCode: row.publicCode,
        source: row.source,
        lastConfirmedMs: row.lastConfirmedAt?.getTime() ?? 0,
        rehearsals: row.rehearsals,
        weekdays: weekdayMask(row.rehearsals),
        levels: row.levels,
        auditionRequired: row.auditionRequired,
        partsSought: row.partsSought,
        genres: row.genres,
        ageBands: row.ageBands,
        workingLanguages: row.workingLanguages,
        communeNames: [],
      };
      byId.set(row.id, ensemble);
    }
    if (row.communeName && !ensemble.communeNames.includes(row.communeName)) {
      ensemble.communeNames.push(row.communeName);
    }
    // An imported place without a position is placed at its commune's centre.
    const centre =
      row.latitude === null && row.communeCode
        ? resolveCommune(dataset, row.communeCode)?.location
        : undefined;
    const lat = row.latitude ?? centre?.lat;
    const lon = row.longitude ?? centre?.lon;
    if (lat === undefined || lon === undefined) continue;
    places.push({
      ensemble,
      lat,
      lon,
      communeName: row.communeName,
      label: row.label,
    });
  }
  return {
    index: buildPointIndex(places, (place) => ({ lat: place.lat, lon: place.lon })),
    venues,
  };
}

/**
 * The index and halls of the organisation whose tenant transaction `tx` is: one cheap query for
 * the stamp of their data versions, and a rebuild only when it moved.
 */
export async function matchData(
  tx: Tx,
  orgId: string,
  dataset: CommuneDataset,
): Promise<MatchData> {
  const stamp = await stampOf(tx, orgId, { tables: TABLES, artistDays: null });
  const cached = cache.get(orgId);
  if (cached?.stamp === stamp) return cached.data;
  const data = build(tx, orgId, dataset);
  cache.set(orgId, { stamp, data });
  data.catch(() => {
    if (cache.get(orgId)?.data === data) cache.delete(orgId);
  });
  return data;
}
