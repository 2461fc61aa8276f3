// Plausibility checks on hand-made trips: an audience from far away, an input that outweighs its project.
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { computeFootprint } from '../footprint/compute';
import { ruralProjectTrips } from '../testing/rural-project';
import { estimateAudienceTrips } from '../trips/audience';
import { equipmentTrip, groupTrip } from '../trips/simple';
import type { Trip } from '../trips/types';
import { checkPlausibility, fingerprintOf } from './plausibility';

const refs = (sessionId: string) => ({ projectId: 'p1', sessionId, date: '2026-11-25' });
const check = (trips: Trip[]) =>
  checkPlausibility({ trips, lines: computeFootprint({ trips, factors: ADEME_2025 }).lines });

const vans = ['s1', 's2', 's3'].map((s) =>
  equipmentTrip({ id: `van:${s}`, refs: refs(s), distanceKm: 45 }),
);

describe('checkPlausibility', () => {
  it('flags a group coming from more than 100 km, one way, with its people and km', () => {
    const far = groupTrip({
      id: 'group:s1:g1',
      refs: refs('s1'),
      distanceKm: 294,
      travellers: 111,
      groupId: 'g1',
    });
    const [flag, ...rest] = check([far, ...vans]);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      key: 'group:s1:g1',
      kind: 'group',
      sessionId: 's1',
      distanceKm: 294,
      travellers: 111,
      checks: ['audience-far', 'dominant-share'],
      fingerprint: 'group|294km|111',
    });
  });

  it('weighs an audience origin as one input over its modes and flags it when it outweighs a third of the project', () => {
    const audience = estimateAudienceTrips({
      idPrefix: 'audience:s2',
      refs: refs('s2'),
      origins: [{ originKey: '58185', participants: 86, distanceKm: 46 }],
    });
    const flags = check([...audience, ...vans]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      key: 'audience:s2:58185',
      checks: ['dominant-share'],
      tripIds: audience.map((trip) => trip.id),
    });
    expect(flags[0]!.travellers).toBeCloseTo(86, 6);
    expect(flags[0]!.shareOfProject).toBeGreaterThan(1 / 3);
  });

  it('flags nothing in the rural demo project, where no input is a third of the total', () => {
    expect(check(ruralProjectTrips())).toEqual([]);
  });

  it('leaves a project of one or two inputs alone: each is a large share by construction', () => {
    expect(check(vans.slice(0, 2))).toEqual([]);
  });

  it('measures shares per project, not against every line given', () => {
    const other = ['s4', 's5', 's6'].map((s) =>
      equipmentTrip({ id: `van:${s}`, refs: { ...refs(s), projectId: 'p2' }, distanceKm: 45 }),
    );
    expect(check([...vans, ...other])).toEqual([]);
  });

  it('rounds what a confirmation vouches for to the km and the person', () => {
    expect(fingerprintOf({ kind: 'audience', distanceKm: 45.86, travellers: 85.99 })).toBe(
      'audience|46km|86',
    );
  });
});
