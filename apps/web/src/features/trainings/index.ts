// What other features may use from trainings: its module.
export { trainingsModule } from './module';
