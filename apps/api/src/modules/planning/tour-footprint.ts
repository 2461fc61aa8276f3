// CO2 of planned days through the carbon module's planner hook, with the run's own legs, and the
// totals a plan is compared on.

import type { FactorSet } from '@tutti/carbon';
import type { PlanTotals } from '@tutti/contracts';
import { plannedDayFootprint } from '../carbon';
import type { MeasuredDay } from './tour-days';
import type { Place, TourFacts } from './tour-types';

export type DayFootprint = { co2eKg: number; legCo2eKg: number[] };

/** kg CO2e of one artist-day and of each of its legs. */
export function dayFootprint(options: {
  day: MeasuredDay;
  facts: TourFacts;
  points: readonly Place[];
  factors: FactorSet;
}): DayFootprint {
  const { day, facts, points, factors } = options;
  const artist = facts.artists[day.artist]!;
  const home = { lat: artist.latitude, lon: artist.longitude, label: artist.homeLabel };
  const footprint = plannedDayFootprint(
    {
      date: day.date,
      home,
      mode: artist.transportMode,
      stops: day.stops.map((stop) => ({
        lat: points[stop.location]!.latitude,
        lon: points[stop.location]!.longitude,
      })),
      legs: day.legs.map((leg) => ({ distanceKm: leg.distanceKm, durationMin: leg.travelMin })),
    },
    factors,
  );
  const lines = footprint.lines;
  // One line per leg; should the model ever merge legs, share the day's total by kilometres.
  const legCo2eKg =
    lines.length === day.legs.length
      ? lines.map((line) => line.co2eKg)
      : day.legs.map((leg) =>
          day.distanceKm > 0 ? (footprint.totalCo2eKg * leg.distanceKm) / day.distanceKm : 0,
        );
  return { co2eKg: footprint.totalCo2eKg, legCo2eKg };
}

/** Totals of a plan: sessions of the run placed and not, km, driving time, CO2, artist-days. */
export function planTotals(
  days: readonly MeasuredDay[],
  footprints: readonly DayFootprint[],
  placed: number,
  sessionCount: number,
): PlanTotals {
  const artistDays = new Set(days.map((d) => `${d.artist}|${d.date}`)).size;
  return {
    placed,
    unplaced: sessionCount - placed,
    distanceKm: round(
      days.reduce((sum, d) => sum + d.distanceKm, 0),
      1,
    ),
    travelMin: Math.round(days.reduce((sum, d) => sum + d.travelMin, 0)),
    co2eKg: round(
      footprints.reduce((sum, f) => sum + f.co2eKg, 0),
      1,
    ),
    artistDays,
  };
}

export const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/**
 * Share of `other`'s kilometres the plan saves, in percent; null when `other` drives none, or
 * places more sessions (fewer kilometres for less work is no saving).
 */
export function savedPercent(plan: PlanTotals, other: PlanTotals): number | null {
  if (other.distanceKm <= 0 || plan.placed < other.placed) return null;
  return round((100 * (other.distanceKm - plan.distanceKm)) / other.distanceKm, 1);
}
