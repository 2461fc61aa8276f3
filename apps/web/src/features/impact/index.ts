// What the rest of the app may use from impact evaluation: its module.
export { impactModule } from './module';
