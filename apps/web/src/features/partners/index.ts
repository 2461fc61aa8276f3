// What the rest of the app may use from partners.
export { partnerQueryKey } from './api/partners';
export { partnersModule } from './module';
