// Field-level checks on trips before they are stored or computed.
import { isTransportMode, MODE_UNIT_BASIS } from '../modes';
import type { Trip } from './types';

export type TripFieldError = {
  /** `trips[3].distanceKm`-style path. */
  path: string;
  code: 'required' | 'not-a-number' | 'negative' | 'unknown-mode' | 'not-allowed' | 'duplicate-id';
  message: string;
};

function checkAmount(
  value: unknown,
  path: string,
  errors: TripFieldError[],
  positive = false,
): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ path, code: 'not-a-number', message: `${path} must be a finite number` });
  } else if (value < 0 || (positive && value === 0)) {
    const bound = positive ? 'greater than 0' : 'at least 0';
    errors.push({ path, code: 'negative', message: `${path} must be ${bound} (got ${value})` });
  }
}

function checkOptional(value: unknown, path: string, errors: TripFieldError[]): void {
  if (value !== undefined) checkAmount(value, path, errors);
}

function checkTrip(trip: Trip, path: string, errors: TripFieldError[]): void {
  if (typeof trip.id !== 'string' || trip.id === '') {
    errors.push({ path: `${path}.id`, code: 'required', message: `${path}.id is required` });
  }
  if (trip.kind === 'digital') {
    checkAmount(trip.participants, `${path}.participants`, errors);
    checkAmount(trip.connectedDevices, `${path}.connectedDevices`, errors);
    checkAmount(trip.durationHours, `${path}.durationHours`, errors);
    return;
  }
  if (!isTransportMode(trip.mode)) {
    errors.push({
      path: `${path}.mode`,
      code: 'unknown-mode',
      message: `${path}.mode '${String(trip.mode)}' is not a known mode`,
    });
    return;
  }
  checkAmount(trip.distanceKm, `${path}.distanceKm`, errors);
  checkOptional(trip.durationMin, `${path}.durationMin`, errors);
  checkOptional(trip.waitMin, `${path}.waitMin`, errors);
  const perVehicle = MODE_UNIT_BASIS[trip.mode] === 'vehicle-km';
  if (trip.kind === 'artist' || trip.kind === 'equipment') {
    checkAmount(trip.occupants, `${path}.occupants`, errors);
    if (trip.kind === 'equipment' && !perVehicle) {
      errors.push({
        path: `${path}.mode`,
        code: 'not-allowed',
        message: `${path}.mode must be a vehicle (van or car): equipment is counted per vehicle-km`,
      });
    }
    return;
  }
  checkAmount(trip.travellers, `${path}.travellers`, errors);
  if (perVehicle) checkAmount(trip.vehicleOccupancy, `${path}.vehicleOccupancy`, errors, true);
}

/**
 * Checks a trip set: numbers finite and not negative, known modes, equipment in a vehicle,
 * vehicle occupancy above 0 where it divides, unique ids. Returns every error (empty when valid).
 * @example validateTrips([{ kind: 'artist', id: 'a', distanceKm: -3, ... }])[0].path // 'trips[0].distanceKm'
 */
export function validateTrips(trips: readonly Trip[]): TripFieldError[] {
  const errors: TripFieldError[] = [];
  const seen = new Set<string>();
  trips.forEach((trip, index) => {
    const path = `trips[${index}]`;
    checkTrip(trip, path, errors);
    if (seen.has(trip.id)) {
      errors.push({
        path: `${path}.id`,
        code: 'duplicate-id',
        message: `${path}.id '${trip.id}' is used twice`,
      });
    }
    seen.add(trip.id);
  });
  return errors;
}

/**
 * Throws a RangeError naming every invalid field; computations call it so no figure is built
 * from a negative distance or a division by zero.
 * @example assertValidTrips(trips) // throws on the first computation of bad data
 */
export function assertValidTrips(trips: readonly Trip[]): void {
  const errors = validateTrips(trips);
  if (errors.length > 0) {
    throw new RangeError(`Invalid trips: ${errors.map((e) => e.message).join('; ')}`);
  }
}
