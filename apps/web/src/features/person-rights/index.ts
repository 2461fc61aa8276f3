export { PersonRightsCard } from './components/person-rights-card';
export { personRightsModule } from './module';
