// Commune use cases for every signed-in person: search, look-up, and the territorial lists.
import type {
  Commune,
  CommuneMatch,
  Department,
  Epci,
  ReferenceStatus,
  Region,
} from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import {
  type CommuneDataset,
  coverageStats,
  type Commune as GeoCommune,
  resolveCommune,
} from '@tutti/geo';
import { AppError } from '../../platform/errors';
import { presentCommune, presentImport, presentMatch } from './communes.presenter';
import { builtInDataset, communeReference } from './reference-data';

type Options = { database: TuttiDatabase };

export async function searchCommunes({
  database,
  q,
  limit,
}: Options & { q: string; limit: number }): Promise<CommuneMatch[]> {
  const { dataset, search } = await communeReference(database);
  return search()
    .search(q, { limit })
    .map((match) => presentMatch(dataset, match));
}

/** Current, former (merged) and arrondissement codes all resolve to the current commune. */
export async function getCommune({ database, code }: Options & { code: string }): Promise<Commune> {
  const { dataset } = await communeReference(database);
  const commune = resolveCommune(dataset, code);
  if (!commune) throw new AppError('COMMUNE.NOT_FOUND', `No commune with the code ${code}`);
  return presentCommune(dataset, commune);
}

type Totals = { communes: number; population: number };

function totalsBy(communes: readonly GeoCommune[], keyOf: (c: GeoCommune) => string | null) {
  const totals = new Map<string, Totals>();
  for (const c of communes) {
    const key = keyOf(c);
    if (key === null) continue;
    const t = totals.get(key) ?? { communes: 0, population: 0 };
    t.communes += 1;
    t.population += c.population;
    totals.set(key, t);
  }
  return totals;
}

const frenchOnly = (dataset: CommuneDataset) => dataset.communes.filter((c) => c.country === 'FR');

export async function listDepartments({ database }: Options): Promise<Department[]> {
  const { dataset } = await communeReference(database);
  const totals = totalsBy(frenchOnly(dataset), (c) => c.departmentCode);
  return [...dataset.departments.values()].map((d) => ({
    ...d,
    ...(totals.get(d.code) ?? { communes: 0, population: 0 }),
  }));
}

export async function listRegions({ database }: Options): Promise<Region[]> {
  const { dataset } = await communeReference(database);
  const totals = totalsBy(frenchOnly(dataset), (c) => c.regionCode);
  return [...dataset.regions.values()].map((r) => ({
    ...r,
    ...(totals.get(r.code) ?? { communes: 0, population: 0 }),
  }));
}

export async function listEpcis({
  database,
  department,
}: Options & { department?: string | undefined }): Promise<Epci[]> {
  const { dataset } = await communeReference(database);
  const items: Epci[] = [];
  for (const epci of dataset.epcis.values()) {
    const members = epci.memberIds.flatMap((id) => dataset.byId.get(id) ?? []);
    const departmentCodes = [...new Set(members.map((m) => m.departmentCode ?? ''))].sort();
    if (department && !departmentCodes.includes(department)) continue;
    items.push({
      code: epci.code,
      name: epci.name,
      kind: epci.kind,
      departmentCodes,
      communes: members.length,
      population: members.reduce((sum, m) => sum + m.population, 0),
    });
  }
  return items.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export type TerritoryKind = 'department' | 'region' | 'epci';

/** The communes of a department, region or EPCI, in code order. */
export async function communesOf({
  database,
  kind,
  code,
}: Options & { kind: TerritoryKind; code: string }): Promise<Commune[]> {
  const { dataset } = await communeReference(database);
  const known =
    kind === 'department'
      ? dataset.departments.has(code)
      : kind === 'region'
        ? dataset.regions.has(code)
        : dataset.epcis.has(code);
  if (!known) throw new AppError('TERRITORY.NOT_FOUND', `No ${kind} with the code ${code}`);
  const communes =
    kind === 'epci'
      ? (dataset.epcis.get(code)?.memberIds ?? []).flatMap((id) => dataset.byId.get(id) ?? [])
      : frenchOnly(dataset).filter((c) =>
          kind === 'department' ? c.departmentCode === code : c.regionCode === code,
        );
  return communes.map((c) => presentCommune(dataset, c));
}

/** What the commune figures rest on: built-in sources, the latest imports, approximations. */
export async function referenceStatus({ database }: Options): Promise<ReferenceStatus> {
  const { dataset, latestImports } = await communeReference(database);
  return {
    builtInSources: builtInDataset().sources.map(({ name, publisher, licence, year }) => ({
      name,
      publisher,
      licence,
      year,
    })),
    imports: latestImports.map(presentImport),
    coverage: coverageStats(dataset).map((s) => ({
      country: s.country as ReferenceStatus['coverage'][number]['country'],
      communes: s.communes,
      approximate: s.approximate,
      approximateShare: s.approximateShare,
    })),
  };
}
