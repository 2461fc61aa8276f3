// The journey space: what the app mounts (staff routes, families' pages, the reminders' job and
// retention rule), what the group's page shows of it (its journeys' spaces), a concert's
// programme for its public page, and what a person's
// rights reach in it (reminder e-mails asked for with their address).
export { readPublicConcertProgramme } from './concert-programme.reads';
export { findGroupSpaces } from './group-spaces';
export { registerSpaceReminderJobs } from './reminders.jobs';
export { spaceRemindersRetention } from './reminders.retention';
export { insertResourceCopy } from './resources.bulk';
export { GroupSpaces } from './space-home';
export { registerSpacePages } from './space-pages.routes';
export {
  countPersonSpaceReminders,
  erasePersonSpaceReminders,
  readPersonSpaceReminders,
} from './space-person-data';
export { seedDemoSpace } from './spaces.demo';
export { registerJourneySpaceRoutes } from './spaces.routes';
