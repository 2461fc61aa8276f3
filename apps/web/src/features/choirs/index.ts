// What the rest of the app may use from choirs.
export { choirsModule } from './module';
