// A scenario that changes nothing says why; one that changes something has no reason.
import { describe, expect, it } from 'vitest';
import { ADEME_2025 } from '../factors/ademe-2025';
import { ruralProjectTrips } from '../testing/rural-project';
import { equipmentTrip } from '../trips/simple';
import type { ArtistTrip } from '../trips/types';
import { carpoolScenario } from './carpool';
import { combineScenarios } from './combine';
import { compareScenarios } from './compare';
import { electricScenario } from './electric';
import { onlineScenario } from './online';
import { shuttleScenario } from './shuttle';
import { trainScenario } from './train';
import { unchangedReason } from './unchanged';

const van = equipmentTrip({ id: 'van', refs: { sessionId: 's1' }, distanceKm: 45 });
const shortCar: ArtistTrip = {
  kind: 'artist',
  id: 'ana',
  refs: { sessionId: 's1', date: '2026-03-03' },
  mode: 'car-combustion',
  distanceKm: 20,
  roundTrip: true,
  occupants: 1,
  artistIds: ['ana'],
  routeKey: '2026-03-03|s1',
};

describe('unchangedReason', () => {
  it('says no artist comes by car when there is no car to share', () => {
    expect(unchangedReason(carpoolScenario([van]))).toEqual({
      key: 'carbon.unchanged.carpoolNoCar',
      params: {},
    });
  });

  it('says nobody shares a route when one artist drives alone', () => {
    expect(unchangedReason(carpoolScenario([shortCar]))?.key).toBe('carbon.unchanged.carpool');
  });

  it('names the train threshold no journey reaches', () => {
    expect(unchangedReason(trainScenario([shortCar]))).toEqual({
      key: 'carbon.unchanged.train',
      params: { minDistanceKm: 50 },
    });
  });

  it('explains the electric car, online and shuttle levers without trips to change', () => {
    expect(unchangedReason(electricScenario([van]))?.key).toBe('carbon.unchanged.electric');
    const online = onlineScenario([van], { factors: ADEME_2025, eligibleSessionIds: [] });
    expect(unchangedReason(online)?.key).toBe('carbon.unchanged.online');
    expect(unchangedReason(shuttleScenario([van]))).toEqual({
      key: 'carbon.unchanged.shuttle',
      params: { minDistanceKm: 3 },
    });
    const combined = combineScenarios([van], [(t) => trainScenario(t), (t) => carpoolScenario(t)]);
    expect(unchangedReason(combined)?.key).toBe('carbon.unchanged.combined');
  });

  it('gives no reason for a lever that changes the rural project, and compares with the reason', () => {
    const trips = ruralProjectTrips();
    expect(unchangedReason(carpoolScenario(trips))).toBeNull();
    const rows = compareScenarios({
      baseline: [shortCar],
      scenarios: [trainScenario([shortCar]), electricScenario([shortCar])],
      factors: ADEME_2025,
    }).rows;
    expect(rows.map((row) => row.unchanged?.key ?? null)).toEqual(['carbon.unchanged.train', null]);
  });
});
