// What the rest of the app may use from participants.

export { participantsQueryKey, useParticipants } from './api/participants';
export { GroupParticipants } from './components/group-participants';
export { participantsModule } from './module';
