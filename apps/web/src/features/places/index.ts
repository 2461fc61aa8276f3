// What partners, venues and artists use: address and coordinates fields, and archive or delete
// actions with the explanation of a refused delete. (Pager, filters, checkbox groups and row
// editors are in the UI kit, form reading in lib/read-form.)
export { type AddressDefaults, AddressFields } from './components/address-fields';
export {
  ArchiveDeleteActions,
  type ArchiveDeleteLabels,
} from './components/archive-delete-actions';
export { CoordinatesFields, coordinateText } from './components/coordinates-fields';
export { useDependentsText } from './components/dependents-text';
export { placesModule } from './module';
