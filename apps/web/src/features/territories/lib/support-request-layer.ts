// The requests for help to start an ensemble as a map layer: an orange dashed ring at each
// commune's centre, larger with more requests; its popup gives counts, never a person.
import type { SupportRequestPoint } from '@tutti/contracts';
import type { TFunction } from 'i18next';
// Leaflet comes from the caller, which draws a map: the commune picker, exported beside this,
// must not load it.
import type * as Leaflet from 'leaflet';
import { mapPopup } from './map-popup';

export const SUPPORT_REQUEST_COLOUR = '#c2410c';

/** The layer, and the points it covers (for the map's bounds). */
export function supportRequestLayer(
  L: typeof Leaflet,
  points: readonly SupportRequestPoint[],
  t: TFunction<'territories'>,
) {
  const layer = L.layerGroup();
  const covered: Leaflet.LatLngExpression[] = [];
  for (const point of points) {
    const at: Leaflet.LatLngExpression = [point.latitude, point.longitude];
    covered.push(at);
    L.circleMarker(at, {
      radius: Math.min(18, 9 + 2 * Math.sqrt(point.count)),
      color: SUPPORT_REQUEST_COLOUR,
      weight: 4,
      fillColor: '#ffffff',
      fillOpacity: 0.9,
      dashArray: '4 3',
    })
      .bindPopup(() =>
        mapPopup(t('map.requestsAt', { commune: point.communeName }), [
          t('map.requestsCount', { count: point.count }),
          t('map.requestsWaiting', { count: point.waiting }),
        ]),
      )
      .addTo(layer);
  }
  return { layer, covered };
}
