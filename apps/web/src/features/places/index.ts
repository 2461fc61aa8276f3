// What partners, venues and artists use: address fields, availability editors,
// checkbox groups, the pager, form reading and the explanation of a refused delete.
export { type AddressDefaults, AddressFields } from './components/address-fields';
export {
  ArchiveDeleteActions,
  type ArchiveDeleteLabels,
} from './components/archive-delete-actions';
export { CheckboxGroup } from './components/checkbox-group';
export { CoordinatesFields, coordinateText } from './components/coordinates-fields';
export { DateRangesEditor } from './components/date-ranges-editor';
export { useDependentsText } from './components/dependents-text';
export { ListFilters, type ListFilterValues } from './components/list-filters';
export { Pager } from './components/pager';
export { useWeekdayNames, WeeklyWindowsEditor } from './components/weekly-windows-editor';
export { readForm, readRanges, readWindows } from './lib/read-form';
export { useRows } from './lib/use-rows';
export { placesModule } from './module';
