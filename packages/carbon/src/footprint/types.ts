// Types of a computed footprint: traceable lines and their summaries.
import type { TransportMode, UnitBasis } from '../modes';
import type { FootprintSource, TripKind, TripRefs } from '../trips/types';

/** One trip's emissions, with everything needed to redo the arithmetic by hand. */
export type FootprintLine = {
  tripId: string;
  kind: TripKind;
  source: FootprintSource;
  refs: TripRefs;
  factorVersion: string;
  factorMode: TransportMode | 'online-video';
  unitBasis: UnitBasis | 'device-hour';
  /** kg CO2e per vehicle-km, passenger-km or device-hour. */
  factorKgPerUnit: number;
  /** Km per vehicle or traveller, out and back included (0 online). */
  travelledKm: number;
  vehicles: number;
  /** People travelling (or following online). */
  travellers: number;
  /** Vehicle-km, passenger-km or device-hours: what the factor multiplies. */
  quantity: number;
  co2eKg: number;
  /** The total split by what the factor includes (transport only; online is not split). */
  parts?: { useKg: number; buildKg: number; contrailsKg: number };
};

export type FootprintSummary = {
  totalCo2eKg: number;
  bySource: Record<FootprintSource, number>;
  lineCount: number;
  beneficiaries: number | null;
  activityHours: number | null;
  /** null when there are no beneficiaries to divide by. */
  perBeneficiaryCo2eKg: number | null;
  perActivityHourCo2eKg: number | null;
};

export type Footprint = FootprintSummary & {
  factorVersion: string;
  lines: FootprintLine[];
};

/** Beneficiaries and hours of activity to divide a footprint by (caller's figures). */
export type Denominators = { beneficiaries?: number; activityHours?: number };
