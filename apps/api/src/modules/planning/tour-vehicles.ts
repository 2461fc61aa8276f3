// Artist-days for the engine: one vehicle per artist, date and availability window, and the
// sessions the run does not move placed on them as fixed stops (or the day taken out when they
// cannot be honoured, so that the plan never double-books anyone).
import { isoWeekday } from '@tutti/kit/dates';
import type { TimeWindow } from '@tutti/planner';
import { isExcluded, localOf, localRange, toMinute, weekdayRanges } from './tour-calendar';
import type { DayHours, OtherSession, TourArtist } from './tour-types';

/** An artist without weekly windows is available any day; nobody drives at night. */
export const OPEN_DAY: DayHours = { fromMin: 6 * 60, toMin: 23 * 60 };

export type ArtistDay = {
  artist: number;
  date: string;
  shift: TimeWindow;
  /** The daily maximum, shared between the parts of a day with several windows. */
  maxDistanceKm: number | undefined;
};

export type FixedStop = {
  other: number;
  artist: number;
  location: number;
  startMin: number;
  endMin: number;
};

export type Travel = (from: number, to: number) => { km: number; min: number };

/** The vehicles of one artist on the given dates. */
export function artistDays(options: {
  artist: TourArtist;
  index: number;
  dates: readonly string[];
  timeZone: string;
  epochMs: number;
}): ArtistDay[] {
  const { artist } = options;
  const days: ArtistDay[] = [];
  for (const date of options.dates) {
    if (isExcluded(date, artist.unavailability)) continue;
    const ranges =
      artist.availability.length === 0
        ? [OPEN_DAY]
        : weekdayRanges(artist.availability, isoWeekday(date));
    for (const range of ranges) {
      const shift = localRange(date, range, options.timeZone, options.epochMs);
      if (!shift) continue;
      const maxDistanceKm =
        artist.maxTravelKmPerDay === null ? undefined : artist.maxTravelKmPerDay / ranges.length;
      days.push({ artist: options.index, date, shift, maxDistanceKm });
    }
  }
  return days;
}

/** Whether fixed stops, in time order, can be driven from home and back within the day. */
function dayHolds(day: ArtistDay, stops: FixedStop[], home: number, travel: Travel): boolean {
  let clock = day.shift.startMin;
  let at = home;
  let km = 0;
  for (const stop of stops) {
    const leg = travel(at, stop.location);
    if (clock + leg.min > stop.startMin + 1e-6) return false;
    km += leg.km;
    clock = stop.endMin;
    at = stop.location;
  }
  const back = travel(at, home);
  return (
    clock + back.min <= day.shift.endMin + 1e-6 &&
    km + back.km <= (day.maxDistanceKm ?? Infinity) + 1e-6
  );
}

/**
 * Places the other sessions of the chosen artists on their days. A day whose sessions fall outside
 * the artist's windows, overlap, or cannot be driven is taken out of the plan altogether.
 */
export function placeFixedStops(options: {
  days: ArtistDay[];
  others: readonly OtherSession[];
  artistIndex: ReadonlyMap<string, number>;
  locationOf: (other: OtherSession, artist: number) => number;
  homeOf: readonly number[];
  timeZone: string;
  epochMs: number;
  travel: Travel;
}): { days: ArtistDay[]; fixed: FixedStop[][] } {
  const { days, epochMs } = options;
  const byArtistDate = new Map<string, number[]>();
  days.forEach((day, i) => {
    const key = `${day.artist}|${day.date}`;
    byArtistDate.set(key, [...(byArtistDate.get(key) ?? []), i]);
  });
  const blocked = new Set<string>();
  const stopsOf = new Map<number, FixedStop[]>();
  options.others.forEach((other, otherIndex) => {
    for (const artistId of other.artistIds) {
      const artist = options.artistIndex.get(artistId);
      if (artist === undefined) continue;
      const key = `${artist}|${localOf(other.startsAt, options.timeZone).date}`;
      const candidates = byArtistDate.get(key);
      if (!candidates) continue;
      const stop: FixedStop = {
        other: otherIndex,
        artist,
        location: options.locationOf(other, artist),
        startMin: toMinute(other.startsAt, epochMs),
        endMin: toMinute(other.endsAt, epochMs),
      };
      const holder = candidates.find(
        (i) => days[i]!.shift.startMin <= stop.startMin && stop.endMin <= days[i]!.shift.endMin,
      );
      if (holder === undefined) blocked.add(key);
      else stopsOf.set(holder, [...(stopsOf.get(holder) ?? []), stop]);
    }
  });
  for (const [i, stops] of stopsOf) {
    stops.sort((a, b) => a.startMin - b.startMin);
    const day = days[i]!;
    if (!dayHolds(day, stops, options.homeOf[day.artist]!, options.travel)) {
      blocked.add(`${day.artist}|${day.date}`);
    }
  }
  const keptDays: ArtistDay[] = [];
  const fixed: FixedStop[][] = [];
  days.forEach((day, i) => {
    if (blocked.has(`${day.artist}|${day.date}`)) return;
    keptDays.push(day);
    fixed.push(stopsOf.get(i) ?? []);
  });
  return { days: keptDays, fixed };
}
