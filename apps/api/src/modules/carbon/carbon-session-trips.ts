// The equipment van of a session and the devices of an online session.
import { equipmentTrip, onlineSession } from '@tutti/carbon';
import { type Attendee, GROUPS_TRAVELLING_TOGETHER } from './carbon-attendees';
import type { ProjectAssumptions } from './carbon-audience-trips';
import { type BuiltTrips, emptyBuiltTrips, note, type ScopeSession } from './carbon-model';

/**
 * The van carrying instruments and sound: the session's own km when set (0: no van), else the
 * project's km for sessions of its van kinds. The km are the van's whole run, out and back.
 */
export function buildEquipmentTrip(options: {
  session: ScopeSession;
  venueName: string | null;
  sessionVanKm: number | null | undefined;
  assumptions: ProjectAssumptions;
}): BuiltTrips {
  const { session, sessionVanKm, assumptions } = options;
  const built = emptyBuiltTrips();
  const fromProject =
    assumptions.vanKmPerSession !== null && assumptions.vanSessionKinds.includes(session.kind);
  const vanKm =
    sessionVanKm !== null && sessionVanKm !== undefined
      ? sessionVanKm
      : fromProject
        ? assumptions.vanKmPerSession
        : null;
  if (vanKm === null || vanKm <= 0) return built;
  const trip = equipmentTrip({
    id: `van:${session.id}`,
    refs: { projectId: session.projectId, sessionId: session.id, date: session.date },
    distanceKm: vanKm,
    roundTrip: false,
  });
  built.trips.push(trip);
  const source = sessionVanKm !== null && sessionVanKm !== undefined ? 'session' : 'project';
  built.details.set(trip.id, {
    from: null,
    to: options.venueName,
    people: [],
    notes: [note(`van-km-from-${source}`, { km: vanKm })],
  });
  return built;
}

/**
 * An online session as device-hours: a group following together is one screen, everyone else
 * and each artist one device; the hours are the session's.
 */
export function buildOnlineTrip(options: {
  session: ScopeSession;
  attendees: readonly Attendee[];
  artistCount: number;
}): BuiltTrips {
  const { session, attendees, artistCount } = options;
  const built = emptyBuiltTrips();
  const screens = new Set<string>();
  let people = 0;
  let ownDevices = 0;
  for (const attendee of attendees) {
    people += attendee.count;
    if (attendee.group && GROUPS_TRAVELLING_TOGETHER.has(attendee.group.kind))
      screens.add(attendee.group.id);
    else ownDevices += attendee.count;
  }
  const connectedDevices = screens.size + ownDevices + artistCount;
  if (connectedDevices === 0 || session.durationHours <= 0) return built;
  const trip = onlineSession({
    id: `online:${session.id}`,
    refs: { projectId: session.projectId, sessionId: session.id, date: session.date },
    participants: people + artistCount,
    connectedDevices,
    durationHours: session.durationHours,
  });
  built.trips.push(trip);
  built.details.set(trip.id, {
    from: null,
    to: null,
    people: [],
    notes: [
      note('online-devices', {
        groupScreens: screens.size,
        ownDevices,
        artists: artistCount,
        hours: session.durationHours,
      }),
    ],
  });
  return built;
}
