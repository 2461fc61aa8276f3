// Two sessions of a run at one venue, on two artists' days, both preferring 10:00: after the times
// are moved towards the usual hours, the second one is taken apart from the first.
import type { PlanningProblem } from '@tutti/planner';
import { describe, expect, it } from 'vitest';
import type { DayRoute } from './tour-baseline';
import { separateShared } from './tour-separate';
import { preferredTimes } from './tour-times';

const size = 3;
const minutes = [0, 20, 10, 20, 0, 10, 10, 10, 0];
const problem: PlanningProblem = {
  matrix: { size, distanceKm: minutes, durationMin: minutes },
  vehicles: [0, 1].map((home) => ({
    id: `v${home}`,
    startLocation: home,
    shift: { startMin: 480, endMin: 1080 },
  })),
  jobs: [0, 1].map((j) => ({
    id: `j${j}`,
    location: 2,
    serviceMin: 60,
    timeWindows: [{ startMin: 510, endMin: 960 }],
  })),
};
const engine: DayRoute[] = [
  { vehicle: 0, stops: [{ job: 0, arrivalMin: 510, startMin: 510, endMin: 570 }] },
  { vehicle: 1, stops: [{ job: 1, arrivalMin: 700, startMin: 700, endMin: 760 }] },
];
const atTen = () => 600;
const venue = () => ['venue|hall'];

describe('sessions sharing a venue', () => {
  it('are brought together by the usual hours, then taken apart: 10:00 and 11:00', () => {
    const timed = preferredTimes(problem, engine, atTen);
    expect(timed.map((r) => r.stops[0]!.startMin)).toEqual([600, 600]);
    const apart = separateShared(problem, timed, venue, () => true, atTen);
    expect(apart.map((r) => r.stops[0]!.startMin)).toEqual([600, 660]);
  });

  it('move the other one when the later keeps its time, and stay together when neither can move', () => {
    const timed = preferredTimes(problem, engine, atTen);
    const firstMoves = separateShared(problem, timed, venue, (job) => job === 0, atTen);
    expect(firstMoves.map((r) => r.stops[0]!.startMin)).toEqual([660, 600]);
    const stuck = separateShared(problem, timed, venue, () => false, atTen);
    expect(stuck.map((r) => r.stops[0]!.startMin)).toEqual([600, 600]);
  });
});
