// What the rest of the app may use from imports: the import and export actions of the lists.
export { ImportExportActions } from './components/import-export-actions';
export { importsModule } from './module';
