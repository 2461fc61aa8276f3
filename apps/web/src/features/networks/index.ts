// What other features may use from networks: its module.
export { networksModule } from './module';
