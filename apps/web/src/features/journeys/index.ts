// What the rest of the app may use from journeys: the list of a project's journeys.
export { JourneyList } from './components/journey-list';
export { journeysModule } from './module';
