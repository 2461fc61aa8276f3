// What other features may use from tour planning: the module and the link a project page shows.
export { PlanTourLink } from './components/plan-tour-link';
export { toursModule } from './module';
