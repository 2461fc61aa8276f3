// The registry of feature modules: add a feature's module here and its pages, menu entries,
// dashboard cards and strings join the app (menu entries only show to the roles they list).
import { artistsModule } from '@/features/artists';
import { attendanceModule } from '@/features/attendance';
import { auditModule } from '@/features/audit';
import { authModule } from '@/features/auth';
import { backupsModule } from '@/features/backups';
import { boxOfficeModule } from '@/features/box-office';
import { calendarModule } from '@/features/calendar';
import { callsModule } from '@/features/calls';
import { carbonModule } from '@/features/carbon';
import { choirsModule } from '@/features/choirs';
import { dashboardModule } from '@/features/dashboard';
import { directoryModule } from '@/features/directory';
import { doorModule } from '@/features/door';
import { groupsModule } from '@/features/groups';
import { impactModule } from '@/features/impact';
import { importsModule } from '@/features/imports';
import { journeySpaceModule } from '@/features/journey-space';
import { journeysModule } from '@/features/journeys';
import { mediaModule } from '@/features/media';
import { memberInvitationsModule } from '@/features/member-invitations';
import { membersModule } from '@/features/members';
import { networksModule } from '@/features/networks';
import { organisationsModule } from '@/features/organisations';
import { outboxModule } from '@/features/outbox';
import { participantsModule } from '@/features/participants';
import { partnersModule } from '@/features/partners';
import { personRightsModule } from '@/features/person-rights';
import { placesModule } from '@/features/places';
import { projectsModule } from '@/features/projects';
import { relaySeatsModule } from '@/features/relay-seats';
import { retentionModule } from '@/features/retention';
import { settingsModule } from '@/features/settings';
import { territoriesModule } from '@/features/territories';
import { toursModule } from '@/features/tours';
import { trainingsModule } from '@/features/trainings';
import { venuesModule } from '@/features/venues';
import type { FeatureModule } from '@/lib/features';

export const featureModules: readonly FeatureModule[] = [
  authModule,
  organisationsModule,
  dashboardModule,
  calendarModule,
  boxOfficeModule,
  doorModule,
  relaySeatsModule,
  projectsModule,
  toursModule,
  journeysModule,
  journeySpaceModule,
  membersModule,
  memberInvitationsModule,
  outboxModule,
  retentionModule,
  personRightsModule,
  auditModule,
  backupsModule,
  placesModule,
  partnersModule,
  venuesModule,
  directoryModule,
  networksModule,
  trainingsModule,
  callsModule,
  mediaModule,
  artistsModule,
  territoriesModule,
  carbonModule,
  groupsModule,
  participantsModule,
  importsModule,
  attendanceModule,
  choirsModule,
  impactModule,
  settingsModule,
];
