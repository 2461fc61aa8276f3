// What other features may use from territories: the commune picker and the commune search, and
// the map (tiles from the instance's configuration) to draw other layers on, and the layer of the
// requests for help to start an ensemble (the directory's map shows it too).
import { lazyNamed } from '@/lib/lazy';

export { useCommuneSearch } from './api/commune-search';
export { useMapConfig } from './api/map-config';
export { useSupportRequestPoints } from './api/support-request-points';
export type { DrawMap } from './components/base-map';
export { mapPopup } from './lib/map-popup';
export { SUPPORT_REQUEST_COLOUR, supportRequestLayer } from './lib/support-request-layer';

/** Leaflet loads with the page that shows a map, not with every form using the commune picker. */
export const BaseMap = lazyNamed(() => import('./components/base-map'), 'BaseMap');
export {
  type ChosenCommune,
  CommunePicker,
  type CommunePickerProps,
} from './components/commune-picker';
export { territoriesModule } from './module';
