// Builders for the simple trips: an equipment van, a group by coach, an online session.
import type { TransportMode } from '../modes';
import type { DigitalTrip, EquipmentTrip, GroupTrip, TripRefs } from './types';

/** Tutti's assumption: parents driving a group carry three children each (four people). */
export const DEFAULT_GROUP_CAR_OCCUPANCY = 4;

/**
 * The van (or car) carrying the equipment, by default out and back with its driver.
 * @example equipmentTrip({ id: 'van-s1', refs: { sessionId: 's1' }, distanceKm: 30 })
 * // van, 60 km travelled, 1 occupant
 */
export function equipmentTrip(options: {
  id: string;
  refs: TripRefs;
  distanceKm: number;
  roundTrip?: boolean;
  mode?: 'van' | 'car-combustion' | 'car-electric';
  occupants?: number;
}): EquipmentTrip {
  return {
    kind: 'equipment',
    id: options.id,
    refs: options.refs,
    mode: options.mode ?? 'van',
    distanceKm: options.distanceKm,
    roundTrip: options.roundTrip ?? true,
    occupants: options.occupants ?? 1,
  };
}

/**
 * A participants' group travelling together, by default by coach and out and back. A coach is
 * counted per passenger-km at ADEME's average occupancy, an approximation for a chartered coach.
 * @example groupTrip({ id: 'class-cm1', refs: { sessionId: 's1' }, distanceKm: 12, travellers: 26 })
 */
export function groupTrip(options: {
  id: string;
  refs: TripRefs;
  distanceKm: number;
  travellers: number;
  mode?: TransportMode;
  vehicleOccupancy?: number;
  roundTrip?: boolean;
  groupId?: string;
}): GroupTrip {
  return {
    kind: 'group',
    id: options.id,
    refs: options.refs,
    mode: options.mode ?? 'coach',
    distanceKm: options.distanceKm,
    roundTrip: options.roundTrip ?? true,
    travellers: options.travellers,
    vehicleOccupancy: options.vehicleOccupancy ?? DEFAULT_GROUP_CAR_OCCUPANCY,
    ...(options.groupId !== undefined && { groupId: options.groupId }),
  };
}

/**
 * An online session. Devices default to one per participant (the cautious count); a class
 * following on one screen is one device.
 * @example onlineSession({ id: 'visio-1', refs: {}, participants: 12, durationHours: 1.5 })
 * // 18 device-hours
 */
export function onlineSession(options: {
  id: string;
  refs: TripRefs;
  participants: number;
  durationHours: number;
  connectedDevices?: number;
}): DigitalTrip {
  return {
    kind: 'digital',
    id: options.id,
    refs: options.refs,
    participants: options.participants,
    connectedDevices: options.connectedDevices ?? options.participants,
    durationHours: options.durationHours,
  };
}
