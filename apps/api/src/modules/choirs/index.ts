// Choirs: what app.ts uses (routes, the offline attendance kind), the messages' retention rule,
// what person rights read and the concerts' intergenerational mix the impact indicators read.
import type { App, AppDeps } from '../../platform/app-types';
import { registerChoirRoutes } from './choirs.routes';
import { registerMessageRoutes } from './messages.routes';
import { registerRecordingUploadRoutes } from './recording-uploads.routes';
import { registerRehearsalRoutes } from './rehearsals.routes';
import { registerScoreLoanRoutes } from './score-loans.routes';
import { registerSingerRoutes } from './singers.routes';

export { seedDemoChoirFiles } from './choirs.demo';
export { type ChoirConcertMix, choirConcertMix } from './concert-mix';
export { choirMessagesRetention } from './messages.retention';
export { choirOperationKinds } from './operation-kinds';
export { choirScoreLoansRetention } from './score-loans.retention';

export function registerChoirsRoutes(app: App, deps: AppDeps) {
  registerChoirRoutes(app, deps);
  registerRehearsalRoutes(app, deps);
  registerSingerRoutes(app, deps);
  registerMessageRoutes(app, deps);
  registerRecordingUploadRoutes(app, deps);
  registerScoreLoanRoutes(app, deps);
}
export { choirPartIcal, choirPartsOfUser, choirPartTarget } from './part-calendar';
export { type ChoirPersonData, choirDataOf, eraseChoirData } from './person-data';
