// Matching use cases: what suits a person (the public page, or a member's search) and what suits a
// group at the end of its journey, from the group's commune and age band.
import type { MatchQuery, MatchResult } from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import { type CommuneDataset, haversineKm, resolveCommune } from '@tutti/geo';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { communeReference } from '../communes';
import { findGroupInScope } from '../groups';
import { visibleSince } from './confirmation';
import { matchData } from './match-index';
import {
  type Candidate,
  findMatches,
  parseDays,
  parseGenres,
  parseKinds,
  parseLanguages,
  type Wish,
} from './matching';
import { radiusFor } from './radius';
import { osrmMinutes } from './travel';

const VENUES_NEARBY = 5;

export type MatchInput = Omit<MatchQuery, 'limit'> & { communeCode: string; limit?: number };

export function wishOf(query: MatchInput): Wish {
  return {
    ageBand: query.ageBand,
    kinds: parseKinds(query.kinds),
    genres: parseGenres(query.genres),
    freeDays: parseDays(query.days),
    part: query.part,
    languages: parseLanguages(query.languages),
    beginner: query.beginner === 'true',
  };
}

/** The commune asked for, located, or 400 naming the field. */
export async function locateAsked(database: TuttiDatabase, code: string, field: string) {
  return locateIn((await communeReference(database)).dataset, code, field);
}

function locateIn(dataset: CommuneDataset, code: string, field: string) {
  const commune = resolveCommune(dataset, code);
  if (!commune) {
    throw new AppError('ENSEMBLE.UNKNOWN_COMMUNE', `No commune ${code}`, {
      fields: [{ path: field, message: 'Unknown commune' }],
    });
  }
  return commune;
}

function presentCandidate(candidate: Candidate, minutes: number) {
  const e = candidate.ensemble;
  return {
    ensemble: {
      id: e.id,
      name: e.name,
      kind: e.kind,
      status: 'published' as const,
      source: e.source,
      communeNames: e.communeNames,
      lastConfirmedAt: new Date(e.lastConfirmedMs).toISOString(),
      confirmation: 'current' as const,
      publicCode: e.publicCode,
      genres: e.genres,
      ageBands: e.ageBands,
      auditionRequired: e.auditionRequired,
      rehearsals: e.rehearsals,
      workingLanguages: e.workingLanguages,
    },
    place: { communeName: candidate.place.communeName, label: candidate.place.label },
    distanceKm: Math.round(candidate.distanceKm * 10) / 10,
    travelMin: Math.round(minutes),
    fit: Math.round(candidate.fit * 100) / 100,
    reasons: candidate.reasons,
  };
}

/**
 * The matches of `query` in the organisation whose tenant transaction `tx` is. The confirmation
 * state is left to the presenter's today: only listings confirmed in the last 12 months are found.
 */
export async function matchIn(options: {
  tx: Tx;
  /** Read before the transaction: on the embedded database, one connection serves both. */
  dataset: CommuneDataset;
  osrm: Config['osrm'];
  orgId: string;
  query: MatchInput;
  field?: string;
}): Promise<MatchResult> {
  const { tx, query } = options;
  const commune = locateIn(
    options.dataset,
    query.communeCode,
    options.field ?? 'querystring.communeCode',
  );
  const radius = radiusFor(commune);
  const from = commune.location;
  const { index, venues: halls } = await matchData(tx, options.orgId, options.dataset);
  const now = new Date();
  const found = findMatches({
    index,
    from,
    radiusKm: radius.km,
    wish: wishOf(query),
    visibleSinceMs: visibleSince(now).getTime(),
    limit: query.limit ?? 10,
  });
  const routed = await osrmMinutes(
    options.osrm,
    from,
    found.matches.map((m) => ({ lat: m.place.lat, lon: m.place.lon })),
  );
  const venues = halls
    .map((v) => ({
      id: v.id,
      name: v.name,
      communeName: v.communeName,
      distanceKm: haversineKm(from, v),
    }))
    .filter((v) => v.distanceKm <= radius.km)
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, VENUES_NEARBY)
    .map((v) => ({ ...v, distanceKm: Math.round(v.distanceKm * 10) / 10 }));
  return {
    commune: { code: commune.id, name: commune.name },
    radius,
    travel: { kind: routed ? 'osrm' : 'estimate' },
    matches: found.matches.map((m, i) => presentCandidate(m, routed?.[i] ?? m.estimatedMin)),
    nearestBeyond: found.nearestBeyond
      ? presentCandidate(found.nearestBeyond, found.nearestBeyond.estimatedMin)
      : null,
    venuesNearby: venues,
  };
}

export async function matchForQuery({
  actor,
  database,
  osrm,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  osrm: Config['osrm'];
  query: MatchInput;
}) {
  requirePermission(actor, 'directory.read');
  const { dataset } = await communeReference(database);
  return actor.inTenant((tx) =>
    matchIn({ tx, dataset, osrm, orgId: actor.orgId, query, field: 'params.communeCode' }),
  );
}

/** What suits a group at the end of its journey: from its commune, its age band unless told otherwise. */
export async function matchForGroup({
  actor,
  database,
  osrm,
  groupId,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  osrm: Config['osrm'];
  groupId: string;
  query: Omit<MatchQuery, 'communeCode'> & { communeCode?: string | undefined };
}) {
  requirePermission(actor, 'directory.read');
  const { dataset } = await communeReference(database);
  return actor.inTenant(async (tx) => {
    const { group } = await findGroupInScope(tx, actor, groupId);
    const communeCode = query.communeCode ?? group.communeCode;
    if (!communeCode) {
      throw new AppError('DIRECTORY.GROUP_WITHOUT_COMMUNE', 'The group has no commune', {
        fields: [
          { path: 'querystring.communeCode', message: 'The group has no commune: name one' },
        ],
      });
    }
    const ageBand = query.ageBand ?? group.ageBand ?? undefined;
    return matchIn({
      tx,
      dataset,
      osrm,
      orgId: actor.orgId,
      query: { ...query, communeCode, ...(ageBand ? { ageBand } : {}) },
    });
  });
}
