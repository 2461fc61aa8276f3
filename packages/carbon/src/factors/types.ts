// Types of a versioned emission-factor set, as stored by the API and used by every computation.
import type { TransportMode, UnitBasis } from '../modes';

/** kg CO2e per km for one mode, split by what is included. */
export type ModeFactor = {
  unitBasis: UnitBasis;
  /** Fuel or electricity in use (tank-to-wheel plus upstream energy). */
  useKgPerKm: number;
  /** Manufacture of the vehicle and infrastructure, spread per km. */
  buildKgPerKm: number;
  /** Non-CO2 effect of contrails (planes only; 0 elsewhere). */
  contrailsKgPerKm: number;
  /** The published total, used for every figure; the parts above explain it. */
  totalKgPerKm: number;
};

/** kg CO2e of one device connected to an online session for one hour. */
export type OnlineVideoFactor = {
  kgPerDeviceHour: number;
  source: string;
  /** What the figure covers and how uncertain it is, in plain words. */
  note: string;
};

/**
 * One version of the factor set. Versions are never edited: an administrator adds a new one,
 * and every computed figure records the version it used.
 */
export type FactorSet = {
  /** Unique, stable identifier, e.g. `ademe-impactco2-2025`. */
  version: string;
  /** Publication date of the source data: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as precise as known). */
  publishedOn: string;
  source: string;
  licence: string;
  factors: Record<TransportMode, ModeFactor>;
  onlineVideo: OnlineVideoFactor;
};

/** A field-level problem, shaped for the API's `{ error: { fields } }` body. */
export type FactorFieldError = {
  /** Dotted path of the field, e.g. `factors.van.useKgPerKm`. */
  path: string;
  code:
    | 'required'
    | 'not-a-string'
    | 'not-a-number'
    | 'negative'
    | 'bad-date'
    | 'unknown-mode'
    | 'wrong-unit-basis'
    | 'inconsistent-total'
    | 'duplicate-version';
  message: string;
};

export type FactorSetValidation =
  | { ok: true; value: FactorSet }
  | { ok: false; errors: FactorFieldError[] };
