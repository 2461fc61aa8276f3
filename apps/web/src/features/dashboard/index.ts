// What the rest of the app may use from the dashboard.
export { dashboardModule } from './module';
