// White zones of a network: the municipalities of its area where no member held a session in
// the school year, from the communes each member's stored figures list (no people, no new
// computation of figures) and the commune reference data.
import type { NetworkWhiteZones } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type Commune, type CommuneDataset, resolveCommune } from '@tutti/geo';
import { communeReference } from '../communes';
import { resolveFilters } from '../impact';
import { latestComputedAt, readMemberFigures } from './figures.service';
import type { NetworkActor } from './network-access';

/** A national network's white zones run to tens of thousands of communes: the map draws these. */
export const WHITE_ZONES_DRAWN = 5000;

type Country = NetworkWhiteZones['areas'][number]['country'];

const areaKey = (c: Commune) => `${c.country}:${c.departmentCode}`;

/**
 * Names of the Belgian provinces (ISO 3166-2:BE) and Luxembourg cantons, which the commune data
 * set holds by code only. A German Kreis is named after its most populous municipality.
 */
const AREA_NAMES: Record<string, string> = {
  'BE:VAN': 'Antwerpen',
  'BE:VBR': 'Vlaams-Brabant',
  'BE:VLI': 'Limburg',
  'BE:VOV': 'Oost-Vlaanderen',
  'BE:VWV': 'West-Vlaanderen',
  'BE:WBR': 'Brabant wallon',
  'BE:WHT': 'Hainaut',
  'BE:WLG': 'Liège',
  'BE:WLX': 'Luxembourg (province)',
  'BE:WNA': 'Namur',
  'BE:BRU': 'Bruxelles-Capitale',
  'LU:CA': 'Capellen',
  'LU:CL': 'Clervaux',
  'LU:DI': 'Diekirch',
  'LU:EC': 'Echternach',
  'LU:ES': 'Esch-sur-Alzette',
  'LU:GR': 'Grevenmacher',
  'LU:LU': 'Luxembourg (canton)',
  'LU:ME': 'Mersch',
  'LU:RD': 'Redange',
  'LU:RM': 'Remich',
  'LU:VD': 'Vianden',
  'LU:WI': 'Wiltz',
};

/** The white zones of `reached` (commune codes, any vintage) in the dataset. */
export function whiteZonesOf(
  dataset: CommuneDataset,
  reachedCodes: Iterable<string>,
): Pick<NetworkWhiteZones, 'areas' | 'counts' | 'zones'> {
  const reached = new Set<string>();
  const areas = new Map<string, { country: Country; code: string }>();
  for (const code of reachedCodes) {
    const commune = resolveCommune(dataset, code);
    if (!commune?.departmentCode) continue;
    reached.add(commune.id);
    areas.set(areaKey(commune), { country: commune.country, code: commune.departmentCode });
  }
  let areaCommunes = 0;
  let whitePopulation = 0;
  const white: Commune[] = [];
  const biggest = new Map<string, Commune>();
  for (const commune of dataset.communes) {
    const key = areaKey(commune);
    if (!commune.departmentCode || !areas.has(key)) continue;
    areaCommunes += 1;
    if ((biggest.get(key)?.population ?? -1) < commune.population) biggest.set(key, commune);
    if (reached.has(commune.id)) continue;
    white.push(commune);
    whitePopulation += commune.population;
  }
  white.sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
  return {
    areas: [...areas]
      .map(([key, area]) => ({
        ...area,
        name:
          (area.country === 'FR' ? dataset.departments.get(area.code)?.name : undefined) ??
          AREA_NAMES[key] ??
          `${biggest.get(key)?.name ?? area.code} (${area.code})`,
      }))
      .sort((a, b) => a.country.localeCompare(b.country) || a.code.localeCompare(b.code)),
    counts: { areaCommunes, reached: reached.size, white: white.length, whitePopulation },
    zones: white.slice(0, WHITE_ZONES_DRAWN).map((c) => ({
      code: c.id,
      name: c.name,
      country: c.country,
      population: c.population,
      latitude: c.location.lat,
      longitude: c.location.lon,
    })),
  };
}

/** The network's white zones, from its active members' stored figures. */
export async function getWhiteZones({
  actor,
  database,
}: {
  actor: NetworkActor;
  database: TuttiDatabase;
}): Promise<NetworkWhiteZones> {
  const { rows } = await readMemberFigures(database, actor.networkId);
  const { dataset } = await communeReference(database);
  const filters = resolveFilters({});
  return {
    figuresAt: latestComputedAt(rows),
    period: { from: filters.from, to: filters.to },
    ...whiteZonesOf(
      dataset,
      rows.flatMap((row) => row.communes.map((c) => c.code)),
    ),
    sources: dataset.sources.map((s) => `${s.name} — ${s.publisher}, ${s.licence}, ${s.year}`),
  };
}
