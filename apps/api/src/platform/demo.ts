// Seeds the demo organisation with every feature's demo steps.
import {
  type DemoStep,
  demoAttendanceStep,
  demoCallsStep,
  demoCarbonStep,
  demoChoirStep,
  demoConcertListsStep,
  demoConcertsStep,
  demoDirectoryStep,
  demoDoorStep,
  demoGroupsStep,
  demoGuestAccessStep,
  demoHandoversStep,
  demoImpactStep,
  demoLibraryStep,
  demoNetworkStep,
  demoPaymentsStep,
  demoPersonRightsStep,
  demoPlacesStep,
  demoProgrammeStep,
  demoPublicPagesStep,
  demoRelaySeatsStep,
  demoRetentionStep,
  demoTourStep,
  demoTrainingsStep,
  seedDemo,
  type TuttiDatabase,
} from '@tutti/db';
import { hashPassword } from './auth/passwords';

/** Features append their demo content here, in dependency order. */
export const demoSteps: DemoStep[] = [
  demoPlacesStep,
  demoGroupsStep,
  demoProgrammeStep,
  demoTourStep,
  demoCarbonStep,
  demoAttendanceStep,
  demoImpactStep,
  demoPublicPagesStep,
  demoConcertsStep,
  demoPaymentsStep,
  demoDoorStep,
  demoRelaySeatsStep,
  demoDirectoryStep,
  demoHandoversStep,
  demoChoirStep,
  demoConcertListsStep,
  demoRetentionStep,
  demoGuestAccessStep,
  demoPersonRightsStep,
  demoNetworkStep,
  demoLibraryStep,
  demoTrainingsStep,
  demoCallsStep,
];

/** `now`: the day to place the demo around (tests; otherwise today). */
export function seedDemoOrganisation(database: TuttiDatabase, options: { now?: Date } = {}) {
  return seedDemo(database, { hashPassword, steps: demoSteps, now: options.now });
}
