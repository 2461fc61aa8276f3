// Audience and group travel to a venue, estimated from where the people of a session live.
import {
  type AudienceOrigin,
  DEFAULT_GROUP_CAR_OCCUPANCY,
  DEFAULT_MODE_SPLITS,
  estimateAudienceTrips,
  groupTrip,
  MODE_UNIT_BASIS,
  type ModeSplit,
  type TransportMode,
} from '@tutti/carbon';
import type { AudienceMode, CarbonNote } from '@tutti/contracts';
import type { TravelFigures } from '../concerts';
import { type Attendee, GROUPS_TRAVELLING_TOGETHER, type GroupInfo } from './carbon-attendees';
import { type BuiltTrips, emptyBuiltTrips, note, type ScopeSession } from './carbon-model';
import { areaTypeOf, type CommuneLocations, type Place, roadKm } from './carbon-places';

/** A project's carbon assumptions, with the stated defaults filled in. */
export type ProjectAssumptions = {
  /** The coordinator's split for every venue of the project; null: the model's rural/urban default. */
  split: ModeSplit | null;
  groupMode: TransportMode;
  vanKmPerSession: number | null;
  vanSessionKinds: readonly string[];
};

/** The model's mode for each answer of a concert's door. */
const DOOR_MODES: Record<AudienceMode, TransportMode> = {
  walk: 'walking',
  bike: 'bike',
  car: 'car-combustion',
  bus: 'bus-combustion',
  // A shuttle is a chartered coach, counted per passenger-km as a group's coach is.
  shuttle: 'coach',
};

/**
 * The split people gave at a concert's door: shares by the people of each answer, people per car
 * from the answers (else the assumed occupancy); the model's distance limits still apply.
 */
export function doorSplit(travel: TravelFigures, fallbackCarOccupancy: number): ModeSplit {
  const shares: Partial<Record<TransportMode, number>> = {};
  for (const { mode, people } of travel.byMode) {
    shares[DOOR_MODES[mode]] = (shares[DOOR_MODES[mode]] ?? 0) + people / travel.people;
  }
  const inCars = travel.byMode.find((entry) => entry.mode === 'car')?.people ?? 0;
  return {
    shares,
    carOccupancy: travel.cars > 0 ? inCars / travel.cars : fallbackCarOccupancy,
    maxDistanceKm: DEFAULT_MODE_SPLITS.rural.maxDistanceKm,
  };
}

function doorNote(travel: TravelFigures, split: ModeSplit): CarbonNote {
  const of = (mode: AudienceMode) =>
    travel.byMode.find((entry) => entry.mode === mode)?.people ?? 0;
  return note('mode-split-door', {
    people: travel.people,
    walk: of('walk'),
    bike: of('bike'),
    car: of('car'),
    perCar: Math.round(split.carOccupancy * 10) / 10,
    bus: of('bus'),
    shuttle: of('shuttle'),
  });
}

// Below this a group is at its own place (a workshop in the school): nobody travels.
const ON_SITE_KM = 1;

/**
 * Trips of the people of one session held at a venue: groups that come together (a class)
 * travel from their group's commune by the project's group mode; everyone else is estimated
 * from their own commune with the project's mode split (or the rural/urban default of the
 * venue's commune). Origins that cannot be located are counted at the venue and said so.
 */
export function buildAudienceTrips(options: {
  session: ScopeSession;
  venue: { name: string; place: Place; densityClass: number | null };
  attendees: readonly Attendee[];
  communes: CommuneLocations;
  assumptions: ProjectAssumptions;
  /** How the audience said it came at the concert's door; replaces the assumed split. */
  door?: TravelFigures | undefined;
}): BuiltTrips {
  const { session, venue, attendees, communes, assumptions } = options;
  const built = emptyBuiltTrips();
  const refs = { projectId: session.projectId, sessionId: session.id, date: session.date };
  const together = new Map<string, { group: GroupInfo; count: number }>();
  const individuals = new Map<
    string,
    { name: string | null; count: number; groups: Map<string, string> }
  >();
  let unlocated = 0;
  for (const attendee of attendees) {
    if (attendee.group && GROUPS_TRAVELLING_TOGETHER.has(attendee.group.kind)) {
      const entry = together.get(attendee.group.id) ?? { group: attendee.group, count: 0 };
      entry.count += attendee.count;
      together.set(attendee.group.id, entry);
    } else if (attendee.communeCode && communes.has(attendee.communeCode)) {
      const entry = individuals.get(attendee.communeCode) ?? {
        name: attendee.communeName,
        count: 0,
        groups: new Map<string, string>(),
      };
      entry.count += attendee.count;
      if (attendee.group) entry.groups.set(attendee.group.id, attendee.group.name);
      individuals.set(attendee.communeCode, entry);
    } else unlocated += attendee.count;
  }

  for (const { group, count } of together.values()) {
    const origin = group.communeCode ? communes.get(group.communeCode) : undefined;
    if (!origin) {
      built.notes.push(
        note(
          'group-origin-unknown',
          { group: group.name, people: count },
          { target: { kind: 'group', id: group.id } },
        ),
      );
      continue;
    }
    const distanceKm = roadKm(origin, venue.place);
    if (distanceKm < ON_SITE_KM) {
      built.notes.push(note('group-on-site', { group: group.name, people: count }));
      continue;
    }
    const trip = groupTrip({
      id: `group:${session.id}:${group.id}`,
      refs,
      distanceKm,
      travellers: count,
      mode: assumptions.groupMode,
      vehicleOccupancy:
        MODE_UNIT_BASIS[assumptions.groupMode] === 'vehicle-km' ? DEFAULT_GROUP_CAR_OCCUPANCY : 1,
      groupId: group.id,
    });
    built.trips.push(trip);
    built.details.set(trip.id, {
      from: group.communeName ?? group.communeCode,
      to: venue.name,
      people: [group.name],
      notes: [note('group-travels-together')],
      groups: [{ id: group.id, name: group.name }],
    });
  }

  const origins: AudienceOrigin[] = [];
  const names = new Map<string, string | null>();
  const groupsOf = new Map<string, { id: string; name: string }[]>();
  for (const [code, { name, count, groups }] of individuals) {
    const distanceKm = roadKm(communes.get(code)!, venue.place);
    // An origin placed exactly at the venue (its commune known only by the venue) travels 0 km.
    if (distanceKm < 0.01) unlocated += count;
    else {
      origins.push({ originKey: code, participants: count, distanceKm });
      names.set(code, name);
      groupsOf.set(
        code,
        [...groups].map(([id, groupName]) => ({ id, name: groupName })),
      );
    }
  }
  if (unlocated > 0) built.notes.push(note('audience-counted-at-venue', { people: unlocated }));
  if (origins.length === 0) {
    // Modes given at the door with nobody of a known commune to travel by them: said, not used.
    if (options.door && options.door.people > 0) {
      built.notes.push(note('door-modes-unused', { people: options.door.people }));
    }
    return built;
  }

  const area = areaTypeOf(venue.densityClass);
  const observed =
    options.door && options.door.people > 0
      ? doorSplit(
          options.door,
          assumptions.split?.carOccupancy ?? DEFAULT_MODE_SPLITS[area.areaType].carOccupancy,
        )
      : null;
  const split = observed ?? assumptions.split;
  const splitNote: CarbonNote = observed
    ? doorNote(options.door!, observed)
    : assumptions.split
      ? note('mode-split-project')
      : note(area.defaulted ? 'mode-split-area-unknown' : `mode-split-${area.areaType}`);
  const trips = estimateAudienceTrips({
    idPrefix: `audience:${session.id}`,
    refs,
    origins,
    areaType: area.areaType,
    ...(split && { splits: { rural: split, urban: split } }),
  });
  for (const trip of trips) {
    built.trips.push(trip);
    const code = trip.originKey ?? '';
    built.details.set(trip.id, {
      from: names.get(code) ?? code,
      to: venue.name,
      people: [],
      notes: [splitNote],
      groups: groupsOf.get(code) ?? [],
    });
  }
  return built;
}
