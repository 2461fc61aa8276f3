// Shared data model of @tutti/geo: municipalities, points and data provenance.

/** Countries covered: France plus the neighbours of cross-border projects. */
export type CountryCode = 'FR' | 'BE' | 'DE' | 'LU';

/** WGS84 position in decimal degrees. */
export type LatLon = { lat: number; lon: number };

/**
 * Where a municipality's position comes from: `official` is derived from the official boundaries
 * Tutti ships (every commune of the French departments), `imported` from an official file a
 * coordinator imported. `approximate` positions were computed from neighbouring municipalities
 * (see `CoordinatesMethod`) and must be shown as such.
 */
export type CoordinatesSource = 'official' | 'imported' | 'geonames' | 'approximate';

export type CoordinatesMethod =
  /** Shipped boundaries: the point inside the commune's shape farthest from its border. */
  | 'official-shape-interior'
  /**
   * Shipped boundaries, commune merged since they were drawn: the point inside the former
   * commune holding the seat (the one whose code the merged commune took).
   */
  | 'official-seat-interior'
  /** Imported official file: centre of the commune's territory. */
  | 'official-centre'
  /** Imported official file: town-hall position (used when no centre is given). */
  | 'official-town-hall'
  /** GeoNames place whose admin code is the commune's INSEE code. */
  | 'geonames-insee-code'
  /** GeoNames place of a former commune merged into this one (it lies inside the commune). */
  | 'geonames-former-commune'
  /** GeoNames place matched by normalised name within the department. */
  | 'geonames-name-department'
  /** GeoNames place of an overseas commune's seat or one of its villages (a table in the project). */
  | 'geonames-commune-village'
  /** GeoNames main place of a BE/DE/LU municipality code. */
  | 'geonames-municipality-code'
  /** Approximation: mean position of located communes sharing a postal code. */
  | 'postal-code-centroid'
  /** Approximation: mean position of located communes of the same EPCI. */
  | 'epci-centroid'
  /** Approximation: mean position of located communes of the same department. */
  | 'department-centroid'
  /** Approximation: mean position of GeoNames places of an overseas territory. */
  | 'territory-centroid';

/** INSEE communal density grid, 7 levels (1 = large urban centre … 7 = very dispersed rural). */
export type DensityClass = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Provenance of a data set: every reference figure cites its source, licence and year. */
export type DataSource = {
  name: string;
  publisher: string;
  licence: string;
  year: number;
  fileName?: string;
};

/** Another name under which a municipality can be found ("Paris 15e Arrondissement", "Bruxelles"). */
export type NameAlias = { name: string; communeId: string };

/** A municipality (French commune, Belgian/German/Luxembourg municipality). */
export type Commune = {
  /** Unique across countries: the INSEE code for France, `BE-<NIS>`, `DE-<AGS>`, `LU-<key>`. */
  id: string;
  country: CountryCode;
  /** National code: INSEE (FR), NIS (BE), Gemeindeschlüssel (DE), canton+commune (LU). */
  code: string;
  name: string;
  /** FR department; BE province; DE Kreis; LU canton. */
  departmentCode: string | null;
  /** FR region; BE region; DE Land. */
  regionCode: string | null;
  /** SIREN of the EPCI with own taxation (FR only). */
  epciCode: string | null;
  postalCodes: string[];
  population: number;
  populationSource: 'insee-legal' | 'geonames' | 'imported';
  location: LatLon;
  coordinatesSource: CoordinatesSource;
  coordinatesMethod: CoordinatesMethod;
  areaKm2: number | null;
  densityClass: DensityClass | null;
};
