// What the rest of the app may use from calls.
export { callsModule } from './module';
