// `npm run bench:season:api`: the season of `bench:season` (2,500 sessions, 40 artists, 200
// working days) through the API's own pipeline — allowed dates and hours, artist-days, travel
// matrix, the engine and the baseline in the worker thread, itineraries with CO2 — without the
// database. Prints each stage's time, km of the plan, today's (random) plan and the baseline.
import { cpus, loadavg } from 'node:os';
import { ADEME_2025 } from '@tutti/carbon';
import type { SessionKind } from '@tutti/contracts';
import { addDays, isoWeekday, zonedToUtc } from '@tutti/kit/dates';
import { runPlannerThread } from '../modules/planning/planner-thread';
import { travelMatrix } from '../modules/planning/tour-distances';
import { buildTourProblem, layoutLocations } from '../modules/planning/tour-problem';
import { buildTourResult } from '../modules/planning/tour-result';
import type { TourArtist, TourFacts, TourSession } from '../modules/planning/tour-types';

const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const shape = {
  sessions: flag('sessions', 2500),
  artists: flag('artists', 40),
  days: flag('days', 200),
  // 55 s of search leave room for building the problem and the result within a minute.
  timeLimitSec: flag('time-limit', 55),
};

let state = flag('seed', 7);
const random = () => {
  state = (state * 48_271) % 2_147_483_647;
  return state / 2_147_483_647;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
// A 100 km square of the Nièvre: kilometres to degrees around 47° N.
const place = (xKm: number, yKm: number) => ({
  latitude: 46.75 + yKm / 111.2,
  longitude: 3.0 + xKm / (111.2 * Math.cos((47 * Math.PI) / 180)),
});
const kinds: SessionKind[] = [
  'workshop_singing',
  'workshop_percussion',
  'workshop_early_years',
  'workshop_writing',
  'workshop_theatre',
];
const weekdaysFrom = (first: string, count: number) => {
  const dates: string[] = [];
  for (let date = first; dates.length < count; date = addDays(date, 1)) {
    if (isoWeekday(date) <= 5) dates.push(date);
  }
  return dates;
};

function season(): TourFacts {
  const days = weekdaysFrom('2030-01-07', shape.days);
  const towns = Array.from({ length: 5 }, () => [10 + random() * 80, 10 + random() * 80] as const);
  const artists: TourArtist[] = Array.from({ length: shape.artists }, (_, a) => {
    const town = towns[a % towns.length]!;
    const skills = new Set<SessionKind>([pick(kinds), pick(kinds), pick(kinds)]);
    return {
      id: `00000000-0000-4000-8000-${String(a).padStart(12, '0')}`,
      name: `Artiste ${a + 1}`,
      homeLabel: `Ville ${(a % towns.length) + 1}`,
      ...place(town[0] + (random() - 0.5) * 6, town[1] + (random() - 0.5) * 6),
      transportMode: 'car',
      maxTravelKmPerDay: 250,
      skills: [...skills],
      availability: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        startsAt: '08:00',
        endsAt: '18:30',
      })),
      unavailability: [],
    };
  });
  const villages = Array.from({ length: 160 }, () => [random() * 100, random() * 100] as const);
  const venues = villages.flatMap((village, v) =>
    Array.from({ length: 1 + Math.floor(random() * 5) }, (_, k) => {
      const careHome = random() < 0.15;
      return {
        id: `00000000-0000-4000-9000-${String(v * 10 + k).padStart(12, '0')}`,
        name: `Lieu ${v + 1}.${k + 1}`,
        communeName: `Village ${v + 1}`,
        timeZone: 'Europe/Paris',
        ...place(village[0] + (random() - 0.5) * 3, village[1] + (random() - 0.5) * 3),
        availability: careHome
          ? [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startsAt: '14:00', endsAt: '17:30' }))
          : [],
        blackouts: [],
      };
    }),
  );
  const sessions: TourSession[] = [];
  while (sessions.length < shape.sessions) {
    // A journey: 4–10 weekly workshops of one kind at one venue.
    const venue = pick(venues);
    const kind = pick(kinds);
    const durationMin = 60 + 15 * Math.floor(random() * 5);
    const length = Math.min(4 + Math.floor(random() * 7), shape.sessions - sessions.length);
    const first = Math.floor(random() * Math.max(1, days.length - 5 * length));
    const journeyId = `journey-${sessions.length}`;
    const skilled = artists.filter((a) => a.skills.includes(kind));
    const today = skilled.length > 0 ? pick(skilled) : null;
    for (let s = 0; s < length; s++) {
      const date = days[Math.min(first + 5 * s, days.length - 1)]!;
      const minute = venue.availability.length > 0 ? 14 * 60 : pick([9 * 60, 14 * 60]);
      const startsAt = zonedToUtc(date, minute, 'Europe/Paris')!;
      sessions.push({
        id: `00000000-0000-4000-a000-${String(sessions.length).padStart(12, '0')}`,
        title: `Atelier ${sessions.length + 1}`,
        kind,
        venue,
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationMin * 60_000),
        timeZone: 'Europe/Paris',
        artistIds: today ? [today.id] : [],
        groupIds: [],
        journeyId,
        journeyPosition: s + 1,
        updatedAt: new Date(),
      });
    }
  }
  return {
    sessions,
    others: [],
    artists,
    chosenArtistIds: new Set(artists.map((a) => a.id)),
    pins: new Map(),
    agreed: new Set(),
    previous: null,
    rules: {
      from: days[0]!,
      to: days.at(-1)!,
      earliestDate: days[0]!,
      windowDays: 7,
      hours: { fromMin: 8 * 60 + 30, toMin: 16 * 60 + 30 },
      weekdays: [1, 2, 3, 4, 5],
      // No lunch rule: the figures stay comparable with the runs before it.
      lunchBreak: null,
      avoidPublicHolidays: false,
      sessionRules: new Map(),
      timeZone: 'Europe/Paris',
    },
  };
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
let started = performance.now();
const facts = season();
const layout = layoutLocations(facts);
const { matrix } = await travelMatrix(layout.points, null);
const tour = buildTourProblem(facts, layout, matrix);
console.log(
  `season: ${facts.sessions.length} sessions, ${shape.artists} artists, ${tour.days.length} artist-days, ${layout.points.length} places; ` +
    `${tour.jobs.length} jobs (${tour.unplacedEarly.length} without an allowed slot); built in ${seconds(started)} s`,
);
started = performance.now();
let lastKm = 0;
const output = await runPlannerThread(
  {
    problem: tour.problem,
    vehicleArtist: tour.days.map((d) => d.artist),
    seed: 1,
    timeLimitMs: shape.timeLimitSec * 1000,
    minimiseChangesFrom: undefined,
  },
  { onProgress: (best) => (lastKm = best.distanceKm) },
);
const solveSeconds = seconds(started);
started = performance.now();
const { result } = buildTourResult({ facts, tour, layout, output, factors: ADEME_2025 });
const line = (name: string, t: typeof result.plan) =>
  `${name.padEnd(9)} placed ${t.placed}, unplaced ${t.unplaced}, artist-days ${t.artistDays}, ${t.distanceKm.toFixed(0)} km, ${(t.travelMin / 60).toFixed(0)} h, ${t.co2eKg.toFixed(0)} kg CO2e`;
console.log(line('plan', result.plan));
console.log(line('baseline', result.baseline));
console.log(line('today', result.current));
console.log(
  `\nkm saved vs baseline: ${result.savedVsBaselinePercent ?? '—'} %, vs today's random plan: ${result.savedVsCurrentPercent ?? '—'} %; ` +
    `engine + baseline in the worker thread ${solveSeconds} s (${output.plan.iterations} iterations, last progress ${lastKm.toFixed(0)} km), result ${seconds(started)} s; ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)}`,
);
