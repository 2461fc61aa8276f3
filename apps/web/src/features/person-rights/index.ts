export { ApplicantRightsButton } from './components/applicant-rights-dialog';
export { PersonRightsCard } from './components/person-rights-card';
export { personRightsModule } from './module';
