// Synthetic but realistic season: venues in villages over a ~100 km département, artists in a few towns, school-hour sessions.
import type { Job, PlanningProblem, TimeWindow, Vehicle } from '../src/index';
import { Rng } from '../src/random';

export type SeasonShape = {
  sessions: number;
  artists: number;
  workingDays: number;
  seed: number;
};

export type Season = {
  problem: PlanningProblem;
  /** Working day index of each vehicle (artist-day), parallel to problem.vehicles. */
  vehicleDay: number[];
  vehicleArtist: number[];
  /** Allowed working days of each session, parallel to problem.jobs. */
  jobDays: number[][];
};

export const skills = ['singing', 'percussion', 'eveil', 'writing', 'theatre'];
const areaKm = 100;
const roadFactor = 1.3;
const speedKmPerMin = 50 / 60;
const minutesPerDay = 24 * 60;

/** Morning and afternoon school slots as [open, close] minutes of the day for the whole session. */
const schoolSlots: [number, number][] = [
  [8 * 60 + 30, 12 * 60],
  [13 * 60 + 30, 16 * 60 + 30],
];
const careHomeSlots: [number, number][] = [[14 * 60, 17 * 60 + 30]];

/**
 * Builds a season: venues clustered in villages, sessions grouped in journeys (a series at one venue),
 * each allowed on a range of 2–4 weeks and at school (or care-home) hours; artists work 8:00–18:30
 * from home (one vehicle per artist and working day) with at most 250 km and 10 h a day.
 * @example
 * const season = generateSeason({ sessions: 2500, artists: 40, workingDays: 200, seed: 7 });
 */
export function generateSeason(shape: SeasonShape): Season {
  const rng = new Rng(shape.seed);
  const towns = Array.from(
    { length: 5 },
    () => [10 + rng.next() * 80, 10 + rng.next() * 80] as const,
  );
  const villages = Array.from(
    { length: 160 },
    () => [rng.next() * areaKm, rng.next() * areaKm] as const,
  );
  const points: [number, number][] = [];
  const homes: number[] = [];
  for (let a = 0; a < shape.artists; a++) {
    const town = towns[a % towns.length]!;
    homes.push(points.length);
    points.push([town[0] + (rng.next() - 0.5) * 6, town[1] + (rng.next() - 0.5) * 6]);
  }
  const venues: number[] = [];
  const venueCareHome: boolean[] = [];
  for (const village of villages) {
    const count = 1 + rng.int(5);
    for (let k = 0; k < count; k++) {
      venues.push(points.length);
      venueCareHome.push(rng.next() < 0.15);
      points.push([village[0] + (rng.next() - 0.5) * 3, village[1] + (rng.next() - 0.5) * 3]);
    }
  }

  const artistSkills = Array.from({ length: shape.artists }, () => {
    const own = new Set<string>([skills[rng.int(skills.length)]!]);
    while (own.size < 2 + rng.int(2)) own.add(skills[rng.int(skills.length)]!);
    return [...own];
  });
  const vehicles: Vehicle[] = [];
  const vehicleDay: number[] = [];
  const vehicleArtist: number[] = [];
  for (let day = 0; day < shape.workingDays; day++) {
    for (let a = 0; a < shape.artists; a++) {
      vehicles.push({
        id: `artist-${a + 1}/day-${day + 1}`,
        startLocation: homes[a]!,
        shift: {
          startMin: day * minutesPerDay + 8 * 60,
          endMin: day * minutesPerDay + 18 * 60 + 30,
        },
        skills: artistSkills[a],
        maxDistanceKm: 250,
        maxDurationMin: 10 * 60,
      });
      vehicleDay.push(day);
      vehicleArtist.push(a);
    }
  }

  const jobs: Job[] = [];
  const jobDays: number[][] = [];
  while (jobs.length < shape.sessions) {
    // A journey: 4–10 weekly workshops of one kind for one group at one venue.
    const v = rng.int(venues.length);
    const skill = skills[rng.int(skills.length)]!;
    const durationMin = 60 + 15 * rng.int(5);
    const length = Math.min(4 + rng.int(7), shape.sessions - jobs.length);
    const rangeDays = 10 + rng.int(11);
    const firstDay = rng.int(Math.max(1, shape.workingDays - 5 * length - rangeDays));
    for (let s = 0; s < length; s++) {
      const from = Math.min(firstDay + 5 * s, shape.workingDays - 1);
      const days = Array.from(
        { length: Math.min(rangeDays, shape.workingDays - from) },
        (_, k) => from + k,
      );
      const slots = venueCareHome[v] ? careHomeSlots : schoolSlots;
      const timeWindows: TimeWindow[] = days.flatMap((day) =>
        slots.map(([open, close]) => ({
          startMin: day * minutesPerDay + open,
          endMin: day * minutesPerDay + close - durationMin,
        })),
      );
      jobs.push({
        id: `session-${jobs.length + 1}`,
        location: venues[v]!,
        serviceMin: durationMin,
        timeWindows,
        skills: [skill],
      });
      jobDays.push(days);
    }
  }

  const size = points.length;
  const distanceKm = new Float64Array(size * size);
  const durationMin = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      const km =
        roadFactor * Math.hypot(points[a]![0] - points[b]![0], points[a]![1] - points[b]![1]);
      distanceKm[a * size + b] = km;
      durationMin[a * size + b] = km / speedKmPerMin;
    }
  }
  return {
    problem: { matrix: { size, distanceKm, durationMin }, vehicles, jobs },
    vehicleDay,
    vehicleArtist,
    jobDays,
  };
}
