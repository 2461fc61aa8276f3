export { mediaModule } from './module';
