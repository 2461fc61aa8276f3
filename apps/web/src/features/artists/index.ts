// What the rest of the app may use from artists.
export { artistQueryKey, artistsQueryKey } from './api/artists';
export { artistsModule } from './module';
