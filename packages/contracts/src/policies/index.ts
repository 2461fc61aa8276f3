// What each role may do, one table per module, read by the API's checks and the web's menus.
import type { Role } from '../common';
import { callsPolicy } from './calls';
import { choirsPolicy } from './choirs';
import {
  attendancePolicy,
  carbonPolicy,
  directoryPolicy,
  impactPolicy,
  reportsPolicy,
  surveysPolicy,
  territoriesPolicy,
} from './follow-up';
import { homePolicy } from './home';
import { mediaPolicy } from './media';
import { networksPolicy } from './networks';
import {
  auditPolicy,
  backupsPolicy,
  guestAccessPolicy,
  memberInvitationsPolicy,
  membersPolicy,
  organisationsPolicy,
  outboxPolicy,
  personRightsPolicy,
  retentionPolicy,
} from './organisation';
import { boxOfficeSettingsPolicy, paymentsPolicy } from './payments';
import { groupsPolicy, importsPolicy, participantsPolicy } from './people';
import { artistsPolicy, partnersPolicy, venuesPolicy } from './places';
import {
  calendarFeedsPolicy,
  concertsPolicy,
  journeySpacesPolicy,
  journeysPolicy,
  planningPolicy,
  projectsPolicy,
  sessionsPolicy,
} from './programme';
import { relaySeatsPolicy } from './relay-seats';
import { trainingsPolicy } from './trainings';

export const policies = {
  home: homePolicy,
  members: membersPolicy,
  memberInvitations: memberInvitationsPolicy,
  organisations: organisationsPolicy,
  outbox: outboxPolicy,
  guestAccess: guestAccessPolicy,
  artists: artistsPolicy,
  venues: venuesPolicy,
  partners: partnersPolicy,
  media: mediaPolicy,
  groups: groupsPolicy,
  participants: participantsPolicy,
  imports: importsPolicy,
  projects: projectsPolicy,
  journeys: journeysPolicy,
  journeySpaces: journeySpacesPolicy,
  sessions: sessionsPolicy,
  concerts: concertsPolicy,
  boxOfficeSettings: boxOfficeSettingsPolicy,
  payments: paymentsPolicy,
  relaySeats: relaySeatsPolicy,
  calendarFeeds: calendarFeedsPolicy,
  planning: planningPolicy,
  attendance: attendancePolicy,
  territories: territoriesPolicy,
  carbon: carbonPolicy,
  impact: impactPolicy,
  directory: directoryPolicy,
  calls: callsPolicy,
  choirs: choirsPolicy,
  surveys: surveysPolicy,
  reports: reportsPolicy,
  retention: retentionPolicy,
  personRights: personRightsPolicy,
  audit: auditPolicy,
  backups: backupsPolicy,
  networks: networksPolicy,
  trainings: trainingsPolicy,
} as const;

type Policies = typeof policies;

/** A named action, `module.action`: `sessions.plan`, `participants.editAccessNeeds`. */
export type Permission = {
  [Module in keyof Policies]: `${Module}.${keyof Policies[Module] & string}`;
}[keyof Policies];

/**
 * The roles allowed to do `permission`.
 * @example rolesWith('sessions.plan') // ['admin', 'coordinator']
 */
export function rolesWith(permission: Permission): readonly Role[] {
  const [module, action] = permission.split('.') as [keyof Policies, string];
  return (policies[module] as Readonly<Record<string, readonly Role[]>>)[action] ?? [];
}

/**
 * Whether `role` may do `permission`.
 * @example can('viewer', 'sessions.plan') // false
 */
export function can(role: Role, permission: Permission): boolean {
  return rolesWith(permission).includes(role);
}
