// fast-check generators of valid trips and factor sets, for the property-based tests only.
import fc from 'fast-check';
import { ADEME_2025 } from '../factors/ademe-2025';
import type { FactorSet, ModeFactor } from '../factors/types';
import { MODE_UNIT_BASIS, TRANSPORT_MODES, type TransportMode } from '../modes';
import type { Trip, TripRefs } from '../trips/types';

const modeArb = fc.constantFrom(...TRANSPORT_MODES);
const vehicleModeArb = fc.constantFrom<TransportMode>('car-combustion', 'car-electric', 'van');
const kmArb = fc.double({ min: 0, max: 800, noNaN: true });
const peopleArb = fc.double({ min: 0, max: 60, noNaN: true });

const refsArb: fc.Arbitrary<TripRefs> = fc.record(
  {
    sessionId: fc.constantFrom('s1', 's2', 's3', 's4'),
    projectId: fc.constantFrom('p1', 'p2'),
    date: fc.constantFrom('2026-01-15', '2026-03-02', '2026-03-20', '2026-11-05'),
    areaKey: fc.constantFrom('north', 'south'),
  },
  { requiredKeys: [] },
);

const travelBaseArb = fc.record({
  refs: refsArb,
  mode: modeArb,
  distanceKm: kmArb,
  roundTrip: fc.boolean(),
});

const tripWithoutIdArb: fc.Arbitrary<Omit<Trip, 'id'>> = fc.oneof(
  fc
    .record({
      base: travelBaseArb,
      occupants: fc.integer({ min: 0, max: 8 }),
      artists: fc.subarray(['ana', 'ben', 'cleo', 'dan']),
      routeKey: fc.constantFrom('2026-03-02|s1', '2026-03-02|s2'),
    })
    .map(({ base, occupants, artists, routeKey }) => ({
      ...base,
      kind: 'artist' as const,
      occupants,
      artistIds: artists,
      routeKey,
    })),
  fc
    .record({
      base: travelBaseArb,
      mode: vehicleModeArb,
      occupants: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ base, mode, occupants }) => ({ ...base, mode, kind: 'equipment' as const, occupants })),
  fc
    .record({
      base: travelBaseArb,
      travellers: peopleArb,
      occupancy: fc.double({ min: 1, max: 5, noNaN: true }),
    })
    .map(({ base, travellers, occupancy }) => ({
      ...base,
      kind: 'audience' as const,
      travellers,
      vehicleOccupancy: occupancy,
    })),
  fc.record({ base: travelBaseArb, travellers: peopleArb }).map(({ base, travellers }) => ({
    ...base,
    kind: 'group' as const,
    travellers,
    vehicleOccupancy: 4,
  })),
  fc
    .record({
      refs: refsArb,
      participants: fc.integer({ min: 0, max: 200 }),
      connectedDevices: fc.integer({ min: 0, max: 200 }),
      durationHours: fc.double({ min: 0, max: 6, noNaN: true }),
    })
    .map((digital) => ({ ...digital, kind: 'digital' as const })),
);

/** A valid trip set with unique ids. */
export const tripsArb: fc.Arbitrary<Trip[]> = fc
  .array(tripWithoutIdArb, { maxLength: 25 })
  .map((trips) => trips.map((trip, index) => ({ ...trip, id: `t${index}` }) as Trip));

/** One more valid trip, with an id no other generated trip uses. */
export const extraTripArb: fc.Arbitrary<Trip> = tripWithoutIdArb.map(
  (trip) => ({ ...trip, id: 'extra' }) as Trip,
);

const amountArb = fc.double({ min: 0, max: 1, noNaN: true });

const modeFactorArb = (mode: TransportMode): fc.Arbitrary<ModeFactor> =>
  fc
    .record({ use: amountArb, build: amountArb, contrails: amountArb })
    .map(({ use, build, contrails }) => ({
      unitBasis: MODE_UNIT_BASIS[mode],
      useKgPerKm: use,
      buildKgPerKm: build,
      contrailsKgPerKm: contrails,
      totalKgPerKm: use + build + contrails,
    }));

/** A valid administrator factor set, with its own version name. */
export const factorSetArb: fc.Arbitrary<FactorSet> = fc
  .record({
    factors: fc.record(
      Object.fromEntries(TRANSPORT_MODES.map((mode) => [mode, modeFactorArb(mode)])) as {
        [M in TransportMode]: fc.Arbitrary<ModeFactor>;
      },
    ),
    kgPerDeviceHour: amountArb,
  })
  .map(({ factors, kgPerDeviceHour }) => ({
    ...ADEME_2025,
    version: 'admin-test',
    publishedOn: '2026-06',
    factors,
    onlineVideo: { ...ADEME_2025.onlineVideo, kgPerDeviceHour },
  }));
