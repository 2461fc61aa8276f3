// The directory on a map: the listings of the page shown (a dot at their first place) and, as a
// layer of their own, the requests for help to start an ensemble (a ring at the commune's centre,
// where nothing is within reach; counts only, no person). Each layer can be hidden from the map's
// layer control. The territory map shows the same layer.
import type { EnsembleSummary, SupportRequestPoint } from '@tutti/contracts';
import './directory-map.css';
import L from 'leaflet';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BaseMap,
  type DrawMap,
  mapPopup,
  supportRequestLayer,
  useMapConfig,
} from '@/features/territories';

const LISTING = '#0b6e99';

type Props = {
  ensembles: readonly EnsembleSummary[];
  /** Null for the roles that may not read them: no layer at all. */
  requests: readonly SupportRequestPoint[] | null;
};

export function DirectoryMap({ ensembles, requests }: Props) {
  const { t } = useTranslation(['directory', 'vocabulary']);
  const { t: territories } = useTranslation('territories');
  const config = useMapConfig();
  const descriptionId = useId();
  const draw = useCallback<DrawMap>(
    (map) => {
      const points: L.LatLngExpression[] = [];
      const listings = L.layerGroup();
      for (const ensemble of ensembles) {
        if (!ensemble.position) continue;
        const at: L.LatLngExpression = [ensemble.position.latitude, ensemble.position.longitude];
        points.push(at);
        L.circleMarker(at, { radius: 7, color: LISTING, weight: 1, fillOpacity: 0.75 })
          .bindPopup(
            mapPopup(ensemble.name, [
              t(`vocabulary:ensembleKind.${ensemble.kind}`),
              ensemble.communeNames.join(', '),
            ]),
          )
          .addTo(listings);
      }
      listings.addTo(map);
      const overlays: Record<string, L.Layer> = { [t('map.listings')]: listings };
      if (requests) {
        const { layer, covered } = supportRequestLayer(L, requests, territories);
        layer.addTo(map);
        points.push(...covered);
        overlays[t('map.requests')] = layer;
      }
      // Open on a wide screen; a button on a phone, so that it leaves the zoom and the dots visible.
      L.control.layers(undefined, overlays, { collapsed: map.getSize().x < 600 }).addTo(map);
      return points;
    },
    [ensembles, requests, t, territories],
  );
  return (
    <>
      <p id={descriptionId}>
        {requests
          ? t('map.leadWithRequests', { count: requests.reduce((sum, p) => sum + p.count, 0) })
          : t('map.lead')}
      </p>
      <BaseMap
        config={config.data ?? null}
        draw={draw}
        label={t('map.label')}
        descriptionId={descriptionId}
      />
      <ul className="directory-map-legend">
        <li>
          <span className="directory-map-legend__dot" /> {t('map.listings')}
        </li>
        {requests ? (
          <li>
            <span className="directory-map-legend__ring" /> {t('map.requests')}
          </li>
        ) : null}
      </ul>
    </>
  );
}
