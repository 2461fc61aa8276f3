// What the rest of the app may use from the organisation settings.
export { usePublicProfile } from './api/public-profile';
export { settingsModule } from './module';
