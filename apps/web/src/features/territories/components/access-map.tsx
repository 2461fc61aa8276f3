// The area on a Leaflet map: a choropleth of the access score by commune (official shapes), the
// communes without a shape (abroad, overseas collectivities) as circles sized by population, venues
// and facilities as markers. Vector layers are drawn over a plain background, so the data shows
// without tiles.
import type { AccessReport, MapConfig, RankedCommune, SupportRequestPoint } from '@tutti/contracts';
import type { FeatureCollection } from 'geojson';
import L from 'leaflet';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneShape } from '../api/department-shapes';
import { mapPopup as popup } from '../lib/map-popup';
import { useNumberFormat } from '../lib/reasons';
import { populationRadius, scoreColour } from '../lib/score-scale';
import { supportRequestLayer } from '../lib/support-request-layer';
import { BaseMap } from './base-map';

/** Licence Ouverte: the shapes' source is named on the map. */
export const SHAPES_ATTRIBUTION = 'IGN — Admin Express COG 2018';

/**
 * Borders by zoom: on a whole region seen small, in each commune's own colour (white ones would
 * drown the colours, none would leave seams between neighbours); white and thin on a department,
 * clearer once zoomed in on a few communes.
 */
function borderStyle(map: L.Map, fill: string): { color: string; weight: number } {
  const zoom = map.getZoom?.();
  if (zoom === undefined || !Number.isFinite(zoom)) return { color: '#ffffff', weight: 0.5 };
  if (zoom < 7) return { color: fill, weight: 0.6 };
  return { color: '#ffffff', weight: zoom >= 10 ? 1 : zoom >= 9 ? 0.8 : zoom >= 8 ? 0.5 : 0.3 };
}

type Props = {
  report: AccessReport;
  /** Without a tile configuration (it could not be read), the map has no background at all. */
  config: MapConfig | null;
  /** Official shapes by INSEE code; communes without one are drawn as circles. */
  shapes: ReadonlyMap<string, CommuneShape>;
  descriptionId: string;
  /**
   * Where help to start an ensemble was asked for (coordinators and admins), as a layer that
   * can be hidden; null for the others: no layer at all.
   */
  requests?: readonly SupportRequestPoint[] | null;
};

export function AccessMap({ report, config, shapes, descriptionId, requests = null }: Props) {
  const { t, i18n } = useTranslation('territories');
  const format = useNumberFormat();

  const draw = useCallback(
    (map: L.Map) => {
      const popupOf = (c: RankedCommune) => () =>
        popup(c.name, [
          t('map.popupScore', { score: format(c.score), rank: c.rank }),
          t('table.population', { population: c.population.toLocaleString(i18n.language) }),
          ...(c.approximateLocation ? [t('table.approximate')] : []),
        ]);
      const points: L.LatLngExpression[] = [];
      const shaped = report.items.filter((c) => shapes.has(c.communeId));
      if (shaped.length > 0) {
        const byId = new Map(shaped.map((c) => [c.communeId, c]));
        const collection: FeatureCollection = {
          type: 'FeatureCollection',
          features: shaped.map((c) => ({
            ...shapes.get(c.communeId)!,
            properties: { communeId: c.communeId },
          })),
        };
        const scoreOf = (f?: { properties: { communeId?: string } | null }) =>
          byId.get(f?.properties?.communeId ?? '')?.score ?? 0;
        const style = (f?: { properties: { communeId?: string } | null }) => {
          const fillColor = scoreColour(scoreOf(f));
          return { ...borderStyle(map, fillColor), opacity: 0.9, fillColor, fillOpacity: 0.85 };
        };
        const layer = L.geoJSON(collection, {
          attribution: SHAPES_ATTRIBUTION,
          style,
          onEachFeature: (f, shape) => {
            const c = byId.get(f.properties?.communeId ?? '');
            if (c) shape.bindPopup(popupOf(c));
          },
        }).addTo(map);
        // Thin borders when zoomed out on many small communes, so their colours still show.
        // `load`: the first view, set once everything is drawn.
        map.on('load zoomend', () => layer.setStyle(style));
        const bounds = layer.getBounds();
        points.push(bounds.getSouthWest(), bounds.getNorthEast());
      }
      const circles = report.items.filter((c) => !shapes.has(c.communeId));
      const largest = Math.max(0, ...circles.map((c) => c.population));
      // Smallest scores first, so the most remote communes are drawn on top.
      for (const c of [...circles].reverse()) {
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
          .bindPopup(popupOf(c))
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
        const concert = v.concerts > 0 ? ' map-marker--concert' : '';
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
      if (requests) {
        // Over the communes and venues, so that a ring in a white zone is never hidden.
        const { layer, covered } = supportRequestLayer(L, requests, t);
        layer.addTo(map);
        points.push(...covered);
        L.control
          .layers(undefined, { [t('map.requests')]: layer }, { collapsed: map.getSize().x < 600 })
          .addTo(map);
      }
      return points;
    },
    [report, shapes, t, i18n.language, format, requests],
  );

  return (
    <BaseMap config={config} draw={draw} label={t('map.label')} descriptionId={descriptionId} />
  );
}
