// The plan and the current plan compared like for like: only the sessions both place, each side's
// days measured again without the others, and how many sessions only one side places.
import type { LikeForLike } from '@tutti/contracts';
import type { TravelMatrix } from '@tutti/planner';
import { type DayPlan, type MeasuredDay, measureDay } from './tour-days';
import { type DayFootprint, round } from './tour-footprint';
import type { TourFacts } from './tour-types';

/** Indexes of the run's sessions a plan places. */
const placedIn = (days: readonly DayPlan[]) =>
  new Set(
    days.flatMap((day) =>
      day.stops.flatMap((s) => (s.ref.kind === 'session' ? [s.ref.index] : [])),
    ),
  );

/**
 * Both plans on the sessions they both place: stops of the other sessions are taken out (the
 * fixed sessions of other projects stay on both sides), then km, driving time, CO2 and artist-days
 * are measured again.
 */
export function likeForLike(options: {
  facts: TourFacts;
  plan: readonly MeasuredDay[];
  current: readonly MeasuredDay[];
  matrix: TravelMatrix;
  footprint: (day: MeasuredDay) => DayFootprint;
}): LikeForLike {
  const { facts, matrix, footprint } = options;
  const inPlan = placedIn(options.plan);
  const inCurrent = placedIn(options.current);
  const both = new Set([...inPlan].filter((index) => inCurrent.has(index)));
  const measure = (days: readonly MeasuredDay[]) => {
    const kept = days
      .map(({ artist, date, stops }) => ({
        artist,
        date,
        stops: stops.filter((s) => s.ref.kind !== 'session' || both.has(s.ref.index)),
      }))
      .filter((day) => day.stops.length > 0)
      .map((day) => measureDay(day, matrix));
    return {
      distanceKm: round(
        kept.reduce((sum, d) => sum + d.distanceKm, 0),
        1,
      ),
      travelMin: Math.round(kept.reduce((sum, d) => sum + d.travelMin, 0)),
      co2eKg: round(
        kept.reduce((sum, d) => sum + footprint(d).co2eKg, 0),
        1,
      ),
      artistDays: new Set(kept.map((d) => `${d.artist}|${d.date}`)).size,
    };
  };
  const plan = measure(options.plan);
  const current = measure(options.current);
  const onlyInPlan = [...inPlan].filter((index) => !inCurrent.has(index));
  return {
    sessions: both.size,
    plan,
    current,
    savedPercent:
      current.distanceKm > 0
        ? round((100 * (current.distanceKm - plan.distanceKm)) / current.distanceKm, 1)
        : null,
    onlyInPlan: onlyInPlan.length,
    onlyInPlanWithoutArtist: onlyInPlan.filter(
      (index) => facts.sessions[index]!.artistIds.length === 0,
    ).length,
    onlyInCurrent: [...inCurrent].filter((index) => !inPlan.has(index)).length,
  };
}
