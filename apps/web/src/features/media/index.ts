// What the rest of the app may use from media.
export { mediaContentUrl } from './api/media';
export { mediaModule } from './module';
