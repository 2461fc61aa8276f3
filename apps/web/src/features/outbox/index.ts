// What the rest of the app may use from the outbox.
export { outboxModule } from './module';
