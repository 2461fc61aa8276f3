// The closed set of transport modes the model knows, and how each one is counted.

/** Transport modes, named in English; `ADEME_SLUGS` maps them to ADEME Impact CO2 slugs. */
export const TRANSPORT_MODES = [
  'car-combustion',
  'car-electric',
  'van',
  'coach',
  'bus-combustion',
  'bus-electric',
  'train-regional',
  'train-intercity',
  'train-high-speed',
  'tram',
  'metro',
  'e-bike',
  'bike',
  'walking',
  'plane-short-haul',
] as const;

export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** Per vehicle-km: the whole vehicle is counted once, whoever is in it. Per passenger-km: each traveller counts. */
export type UnitBasis = 'vehicle-km' | 'passenger-km';

/**
 * The basis each mode must keep in every factor version: trips store occupants per vehicle for
 * vehicle-km modes, so a version that changed the basis would silently change what trips mean.
 */
export const MODE_UNIT_BASIS: Readonly<Record<TransportMode, UnitBasis>> = {
  'car-combustion': 'vehicle-km',
  'car-electric': 'vehicle-km',
  van: 'vehicle-km',
  coach: 'passenger-km',
  'bus-combustion': 'passenger-km',
  'bus-electric': 'passenger-km',
  'train-regional': 'passenger-km',
  'train-intercity': 'passenger-km',
  'train-high-speed': 'passenger-km',
  tram: 'passenger-km',
  metro: 'passenger-km',
  'e-bike': 'passenger-km',
  bike: 'passenger-km',
  walking: 'passenger-km',
  'plane-short-haul': 'passenger-km',
};

/** ADEME Impact CO2 slugs (incubateur-ademe/impactco2, src/data/categories/deplacement.ts). */
export const ADEME_SLUGS: Readonly<Record<TransportMode, string>> = {
  'car-combustion': 'voiturethermique',
  'car-electric': 'voitureelectrique',
  van: 'van',
  coach: 'autocar',
  'bus-combustion': 'busthermique',
  'bus-electric': 'buselectrique',
  'train-regional': 'ter',
  'train-intercity': 'intercites',
  'train-high-speed': 'tgv',
  tram: 'tramway',
  metro: 'metro',
  'e-bike': 'veloelectrique',
  bike: 'velo',
  walking: 'marche',
  'plane-short-haul': 'avion (courtcourrier)',
};

/** Car modes, the ones car-pooling and the electric-vehicle lever act on. */
export const CAR_MODES: readonly TransportMode[] = ['car-combustion', 'car-electric'];

/**
 * Narrows an unknown value to a transport mode.
 * @example isTransportMode('van') // true
 */
export function isTransportMode(value: unknown): value is TransportMode {
  return typeof value === 'string' && (TRANSPORT_MODES as readonly string[]).includes(value);
}
