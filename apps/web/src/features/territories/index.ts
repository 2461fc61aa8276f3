// What other features may use from territories: the commune picker and the commune search, and
// the map (tiles from the instance's configuration) to draw other layers on.
import { lazyNamed } from '@/lib/lazy';

export { useCommuneSearch } from './api/commune-search';
export { useMapConfig } from './api/map-config';
export type { DrawMap } from './components/base-map';
export { mapPopup } from './lib/map-popup';

/** Leaflet loads with the page that shows a map, not with every form using the commune picker. */
export const BaseMap = lazyNamed(() => import('./components/base-map'), 'BaseMap');
export {
  type ChosenCommune,
  CommunePicker,
  type CommunePickerProps,
} from './components/commune-picker';
export { territoriesModule } from './module';
