// The area on a Leaflet map: communes as circles coloured by score, venues and facilities as
// markers. Vector layers are drawn over a plain background, so the data shows without tiles.
import type { AccessReport, MapConfig } from '@tutti/contracts';
import L from 'leaflet';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { mapPopup as popup } from '../lib/map-popup';
import { useNumberFormat } from '../lib/reasons';
import { populationRadius, scoreColour } from '../lib/score-scale';
import { BaseMap } from './base-map';

/** Without a tile configuration (it could not be read), the map has no background at all. */
type Props = { report: AccessReport; config: MapConfig | null; descriptionId: string };

export function AccessMap({ report, config, descriptionId }: Props) {
  const { t, i18n } = useTranslation('territories');
  const format = useNumberFormat();

  const draw = useCallback(
    (map: L.Map) => {
      const largest = Math.max(0, ...report.items.map((c) => c.population));
      const points: L.LatLngExpression[] = [];
      // Smallest scores first, so the most remote communes are drawn on top.
      for (const c of [...report.items].reverse()) {
        const at: L.LatLngExpression = [c.latitude, c.longitude];
        points.push(at);
        L.circleMarker(at, {
          radius: populationRadius(c.population, largest),
          color: '#1b2224',
          weight: 1,
          dashArray: c.approximateLocation ? '3 3' : undefined,
          fillColor: scoreColour(c.score),
          fillOpacity: 0.85,
        })
          .bindPopup(() =>
            popup(c.name, [
              t('map.popupScore', { score: format(c.score), rank: c.rank }),
              t('table.population', { population: c.population.toLocaleString(i18n.language) }),
              ...(c.approximateLocation ? [t('table.approximate')] : []),
            ]),
          )
          .addTo(map);
      }
      for (const f of report.facilities) {
        L.marker([f.latitude, f.longitude], {
          icon: L.divIcon({ className: 'map-marker map-marker--facility', iconSize: [12, 12] }),
          keyboard: false,
          title: f.name,
        })
          .bindPopup(() => popup(f.name, [f.typeLabel]))
          .addTo(map);
      }
      for (const v of report.venues) {
        const concert = v.liveMusic ? ' map-marker--concert' : '';
        L.marker([v.latitude, v.longitude], {
          icon: L.divIcon({
            className: `map-marker map-marker--venue${concert}`,
            iconSize: [14, 14],
          }),
          keyboard: false,
          title: v.name,
        })
          .bindPopup(() =>
            popup(v.name, [
              `${t('map.popupSessions', { count: v.sessions })}, ${t('map.popupConcerts', { count: v.concerts })}`,
            ]),
          )
          .addTo(map);
      }
      return points;
    },
    [report, t, i18n.language, format],
  );

  return (
    <BaseMap config={config} draw={draw} label={t('map.label')} descriptionId={descriptionId} />
  );
}
