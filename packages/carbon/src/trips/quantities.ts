// The counts a footprint and a travel time are made of: people, vehicles, kilometres.
import type { TravelTrip } from './types';

/**
 * How many times the one-way distance is travelled.
 * @example journeysOf({ roundTrip: true, ... }) // 2
 */
export function journeysOf(trip: Pick<TravelTrip, 'roundTrip'>): 1 | 2 {
  return trip.roundTrip ? 2 : 1;
}

/**
 * People travelling on the trip (occupants for artists and equipment, travellers otherwise).
 * @example travellersOf({ kind: 'artist', occupants: 2, ... }) // 2
 */
export function travellersOf(trip: TravelTrip): number {
  return trip.kind === 'artist' || trip.kind === 'equipment' ? trip.occupants : trip.travellers;
}

/**
 * Vehicles used when the mode is counted per vehicle-km: artist and equipment trips are one
 * vehicle each; audience and group estimates divide people by occupancy (may be fractional).
 * @example vehiclesOf({ kind: 'audience', travellers: 5, vehicleOccupancy: 2, ... }) // 2.5
 */
export function vehiclesOf(trip: TravelTrip): number {
  if (trip.kind === 'artist' || trip.kind === 'equipment') return 1;
  return trip.vehicleOccupancy > 0 ? trip.travellers / trip.vehicleOccupancy : 0;
}

/**
 * Kilometres covered by one traveller or vehicle, out and back included.
 * @example travelledKmOf({ distanceKm: 40, roundTrip: true, ... }) // 80
 */
export function travelledKmOf(trip: TravelTrip): number {
  return trip.distanceKm * journeysOf(trip);
}
