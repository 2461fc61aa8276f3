export { retentionModule } from './module';
