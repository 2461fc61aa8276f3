// Computes a footprint from trips and one factor version, line by line.
import type { FactorSet } from '../factors/types';
import { travelledKmOf, travellersOf, vehiclesOf } from '../trips/quantities';
import type { DigitalTrip, TravelTrip, Trip } from '../trips/types';
import { sourceOfTrip } from '../trips/types';
import { assertValidTrips } from '../trips/validate';
import { summariseLines } from './summarise';
import type { Denominators, Footprint, FootprintLine } from './types';

function travelLine(trip: TravelTrip, factors: FactorSet): FootprintLine {
  const factor = factors.factors[trip.mode];
  const travelledKm = travelledKmOf(trip);
  const vehicles = vehiclesOf(trip);
  const travellers = travellersOf(trip);
  // Vehicle-km: the vehicle emits whoever is aboard. Passenger-km: each traveller counts.
  const quantity =
    factor.unitBasis === 'vehicle-km' ? travelledKm * vehicles : travelledKm * travellers;
  return {
    tripId: trip.id,
    kind: trip.kind,
    source: sourceOfTrip(trip),
    refs: trip.refs,
    factorVersion: factors.version,
    factorMode: trip.mode,
    unitBasis: factor.unitBasis,
    factorKgPerUnit: factor.totalKgPerKm,
    travelledKm,
    vehicles,
    travellers,
    quantity,
    co2eKg: quantity * factor.totalKgPerKm,
    parts: {
      useKg: quantity * factor.useKgPerKm,
      buildKg: quantity * factor.buildKgPerKm,
      contrailsKg: quantity * factor.contrailsKgPerKm,
    },
  };
}

function digitalLine(trip: DigitalTrip, factors: FactorSet): FootprintLine {
  const quantity = trip.connectedDevices * trip.durationHours;
  const factorKgPerUnit = factors.onlineVideo.kgPerDeviceHour;
  return {
    tripId: trip.id,
    kind: 'digital',
    source: 'digital',
    refs: trip.refs,
    factorVersion: factors.version,
    factorMode: 'online-video',
    unitBasis: 'device-hour',
    factorKgPerUnit,
    travelledKm: 0,
    vehicles: 0,
    travellers: trip.participants,
    quantity,
    co2eKg: quantity * factorKgPerUnit,
  };
}

/**
 * The footprint line of one trip under one factor version.
 * @example footprintLine(carTrip, ADEME_2025).co2eKg // 70 km × 0.14225 = 9.9575
 */
export function footprintLine(trip: Trip, factors: FactorSet): FootprintLine {
  return trip.kind === 'digital' ? digitalLine(trip, factors) : travelLine(trip, factors);
}

/**
 * Footprint of a trip set: total kg CO2e, split by source, per beneficiary and per activity hour,
 * and one traceable line per trip (trip id → mode, factor version, km, people, kg).
 * Throws a RangeError on invalid trips (see `validateTrips`).
 * @example
 * const footprint = computeFootprint({ trips, factors: ADEME_2025, beneficiaries: 120, activityHours: 20 });
 * footprint.totalCo2eKg; footprint.bySource.audience; footprint.lines[0].factorVersion;
 */
export function computeFootprint(
  options: {
    trips: readonly Trip[];
    factors: FactorSet;
  } & Denominators,
): Footprint {
  const { trips, factors } = options;
  assertValidTrips(trips);
  const lines = trips.map((trip) => footprintLine(trip, factors));
  return { factorVersion: factors.version, ...summariseLines(lines, options), lines };
}
