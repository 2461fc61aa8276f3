export { backupsModule } from './module';
