// What the rest of the app may use from the organisation settings.
export { settingsModule } from './module';
