// Shapes of the @etalab/decoupage-administratif JSON files and their reduction to Tutti's model.

/** One entry of `data/communes.json` (fields used by Tutti). */
export type RawCommune = {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  zone?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
};
export type RawEpci = { code: string; nom: string; type: string; membres: { code: string }[] };
export type RawDepartement = { code: string; nom: string; region: string };
export type RawRegion = { code: string; nom: string };

export type DecoupageData = {
  communes: readonly RawCommune[];
  epci: readonly RawEpci[];
  departements: readonly RawDepartement[];
  regions: readonly RawRegion[];
};

export type Department = { code: string; name: string; regionCode: string };
export type Region = { code: string; name: string };
export type Epci = { code: string; name: string; kind: string; memberIds: string[] };
/** A Paris/Lyon/Marseille municipal arrondissement, folded into its commune. */
export type Arrondissement = {
  code: string;
  name: string;
  communeId: string;
  postalCodes: string[];
};

/** A current French commune before coordinates are attached. */
export type FrenchCommuneBase = {
  code: string;
  name: string;
  departmentCode: string;
  regionCode: string;
  epciCode: string | null;
  postalCodes: string[];
  population: number;
};

export type FrenchReference = {
  communes: FrenchCommuneBase[];
  departments: Map<string, Department>;
  regions: Map<string, Region>;
  epcis: Map<string, Epci>;
  arrondissements: Arrondissement[];
  /** Former commune code (merged, delegated, associated) or arrondissement code → current code. */
  successorCodes: Map<string, string>;
};

/**
 * Keeps the current communes (`commune-actuelle`) with their EPCI, and records how older
 * codes and arrondissement codes map onto them, so that imported files using those codes
 * still land on the right commune.
 *
 * @example reduceDecoupage(data).communes.find((c) => c.code === '42218')?.name // "Saint-Étienne"
 */
export function reduceDecoupage(data: DecoupageData): FrenchReference {
  const epciOf = new Map<string, string>();
  const epcis = new Map<string, Epci>();
  for (const e of data.epci) {
    const memberIds = e.membres.map((m) => m.code);
    epcis.set(e.code, { code: e.code, name: e.nom, kind: e.type, memberIds });
    for (const id of memberIds) epciOf.set(id, e.code);
  }
  const communes: FrenchCommuneBase[] = [];
  const successorCodes = new Map<string, string>();
  const arrondissements: Arrondissement[] = [];
  for (const c of data.communes) {
    if (c.type === 'commune-actuelle') {
      communes.push({
        code: c.code,
        name: c.nom,
        departmentCode: c.departement,
        regionCode: c.region,
        epciCode: epciOf.get(c.code) ?? null,
        postalCodes: c.codesPostaux ?? [],
        population: c.population ?? 0,
      });
      for (const old of c.anciensCodes ?? []) if (old !== c.code) successorCodes.set(old, c.code);
    } else if (c.type === 'arrondissement-municipal' && c.commune) {
      arrondissements.push({
        code: c.code,
        name: c.nom,
        communeId: c.commune,
        postalCodes: c.codesPostaux ?? [],
      });
      successorCodes.set(c.code, c.commune);
    } else if (c.chefLieu && c.chefLieu !== c.code && !successorCodes.has(c.code)) {
      successorCodes.set(c.code, c.chefLieu);
    }
  }
  const departments = new Map(
    data.departements.map((d) => [d.code, { code: d.code, name: d.nom, regionCode: d.region }]),
  );
  const regions = new Map(data.regions.map((r) => [r.code, { code: r.code, name: r.nom }]));
  return { communes, departments, regions, epcis, arrondissements, successorCodes };
}
