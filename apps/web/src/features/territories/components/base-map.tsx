// The Leaflet map every feature draws on: tiles from the instance's configuration over a plain
// background (the vector layers show without tiles), zoom buttons in the reader's language, and a
// view fitted to what was drawn once the container has its final size.
import 'leaflet/dist/leaflet.css';
import './access-map.css';
import type { MapConfig } from '@tutti/contracts';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Draws the layers on the map and returns the points the view must show. */
export type DrawMap = (map: L.Map) => L.LatLngExpression[];

type Props = {
  /** Without a tile configuration (it could not be read), the map has no background at all. */
  config: MapConfig | null;
  /** Keep it stable (useCallback): the map is drawn again whenever it changes. */
  draw: DrawMap;
  label: string;
  descriptionId: string;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function BaseMap({ config, draw, label, descriptionId }: Props) {
  const { t } = useTranslation('territories');
  const container = useRef<HTMLElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { preferCanvas: true, zoomControl: false });
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    if (config) {
      const tiles = L.tileLayer(config.tileUrl, {
        attribution: escapeHtml(config.attribution),
        maxZoom: config.maxZoom,
      });
      tiles.once('tileerror', () => setTilesFailed(true));
      tiles.addTo(map);
    }
    const points = draw(map);
    const fit = () =>
      points.length > 0
        ? map.fitBounds(L.latLngBounds(points), { padding: [16, 16] })
        : map.setView([46.6, 2.5], 5);
    fit();
    // The card may still be settling its width: refit once the container has its final size.
    let refitted = false;
    const resize = new ResizeObserver(() => {
      map.invalidateSize();
      if (!refitted) {
        refitted = true;
        fit();
      }
    });
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      map.remove();
    };
  }, [config, draw, t]);

  return (
    <div className="access-map">
      <section
        ref={container}
        className="access-map__canvas"
        aria-label={label}
        aria-describedby={descriptionId}
      />
      {tilesFailed ? <p className="access-map__notice">{t('map.tilesUnavailable')}</p> : null}
    </div>
  );
}
