// Trip types: every journey the footprint counts, with the keys callers aggregate on.
import type { TransportMode } from '../modes';

/** Caller-provided keys a trip belongs to; aggregation is a group-by on them. */
export type TripRefs = {
  organisationId?: string;
  projectId?: string;
  tourId?: string;
  sessionId?: string;
  /** Travel date, `YYYY-MM-DD` in the venue's time zone. */
  date?: string;
  /** Caller's area key (an EPCI code, a planner cluster...), used to group sessions by area. */
  areaKey?: string;
};

/** What a trip is for; `group` is a participants' group travelling together (a class by coach). */
export type TripKind = 'artist' | 'audience' | 'group' | 'equipment' | 'digital';

type TravelBase = {
  /** Unique within the trip set; footprint lines point back to it. */
  id: string;
  refs: TripRefs;
  mode: TransportMode;
  /** One-way distance (road, rail...) as given by the caller; geography is not done here. */
  distanceKm: number;
  /** True: out and back, the distance is travelled twice. */
  roundTrip: boolean;
  /** One-way door-to-door duration when known (e.g. from the planner); else average speeds apply. */
  durationMin?: number;
  /** Waiting and connection time per one-way journey, counted in travel time only. */
  waitMin?: number;
  /** Ids of the trips a scenario replaced with this one, for traceability. */
  derivedFrom?: readonly string[];
  /**
   * The one input several trips were estimated from (an origin's audience, split by mode): the
   * plausibility checks weigh them together. Without it a trip is its own input.
   */
  inputKey?: string;
};

/**
 * Artists travelling together in one vehicle (car, van) or as passengers (train, coach...).
 * `occupants` 0 is an empty run (a taxi going back after dropping artists at a venue).
 */
export type ArtistTrip = TravelBase & {
  kind: 'artist';
  occupants: number;
  artistIds?: readonly string[];
  /** Trips with the same route key can share a car (same day, same destination). */
  routeKey?: string;
};

/** A vehicle carrying equipment (instruments, sound system); always one vehicle. */
export type EquipmentTrip = TravelBase & {
  kind: 'equipment';
  /** People in the vehicle, for travel time; their travel is not counted again elsewhere. */
  occupants: number;
};

/** Audience members from one origin using one mode; `travellers` may be fractional (an estimate). */
export type AudienceTrip = TravelBase & {
  kind: 'audience';
  travellers: number;
  /** People per vehicle for vehicle-km modes (ignored for passenger-km modes). */
  vehicleOccupancy: number;
  /** The origin (commune code) the estimate came from. */
  originKey?: string;
};

/** A participants' group (class, social-centre group) travelling together to the venue. */
export type GroupTrip = TravelBase & {
  kind: 'group';
  travellers: number;
  vehicleOccupancy: number;
  groupId?: string;
};

/** An online session: connected devices × hours of video. */
export type DigitalTrip = {
  kind: 'digital';
  id: string;
  refs: TripRefs;
  /** People following the session (beneficiaries and artists); informs per-person figures. */
  participants: number;
  /** Devices connected; a class around one screen is one device. */
  connectedDevices: number;
  durationHours: number;
  derivedFrom?: readonly string[];
};

export type TravelTrip = ArtistTrip | EquipmentTrip | AudienceTrip | GroupTrip;
export type Trip = TravelTrip | DigitalTrip;

/** The four sources a footprint is split into. */
export type FootprintSource = 'artists' | 'audience' | 'equipment' | 'digital';

export const FOOTPRINT_SOURCES: readonly FootprintSource[] = [
  'artists',
  'audience',
  'equipment',
  'digital',
];

/**
 * The source a trip's emissions are reported under (groups are audience travel).
 * @example sourceOfTrip({ kind: 'group', ... }) // 'audience'
 */
export function sourceOfTrip(trip: Trip): FootprintSource {
  switch (trip.kind) {
    case 'artist':
      return 'artists';
    case 'audience':
    case 'group':
      return 'audience';
    case 'equipment':
      return 'equipment';
    case 'digital':
      return 'digital';
  }
}

/**
 * Narrows a trip to a physical journey (everything but online sessions).
 * @example trips.filter(isTravelTrip).map((trip) => trip.distanceKm)
 */
export function isTravelTrip(trip: Trip): trip is TravelTrip {
  return trip.kind !== 'digital';
}
