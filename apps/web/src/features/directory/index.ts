// What the rest of the app may use from the directory.
export { directoryModule } from './module';
