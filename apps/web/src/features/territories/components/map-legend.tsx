// What the map's colours, sizes and marks mean, and (children) what the colours were computed without.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_CLASSES } from '../lib/score-scale';

type Props = {
  /** Communes drawn in their official shape, and as circles (no shape known). */
  shaped: number;
  circles: number;
  /** Some circle stands at an approximate position. */
  approximate: boolean;
  /** The layer of requests for help to start an ensemble is on the map. */
  requests?: boolean;
  children?: ReactNode;
};

export function MapLegend({ shaped, circles, approximate, requests = false, children }: Props) {
  const { t } = useTranslation('territories');
  return (
    <div>
      <h3 className="visually-hidden">{t('map.legend')}</h3>
      <p className="map-legend__title">{t('map.scoreScale')}</p>
      {children}
      <ul className="map-legend__scale">
        {SCORE_CLASSES.map((c) => (
          <li key={c.from} className="map-legend__item">
            <span className="map-legend__swatch" style={{ background: c.colour }} />
            {c.from}–{c.to}
          </li>
        ))}
      </ul>
      <ul className="map-legend">
        {approximate ? (
          <li className="map-legend__item">
            <span className="map-legend__swatch map-legend__swatch--dashed" />
            {t('map.approximate')}
          </li>
        ) : null}
        <li className="map-legend__item">
          <span className="map-marker map-marker--venue" />
          {t('map.venue')}
        </li>
        <li className="map-legend__item">
          <span className="map-marker map-marker--venue map-marker--concert" />
          {t('map.venueConcert')}
        </li>
        <li className="map-legend__item">
          <span className="map-marker map-marker--facility" />
          {t('map.facility')}
        </li>
        {requests ? (
          <li className="map-legend__item">
            <span className="map-legend__ring" />
            {t('map.requests')}
          </li>
        ) : null}
      </ul>
      {shaped > 0 ? <p className="field__hint">{t('map.shapes')}</p> : null}
      {circles > 0 ? <p className="field__hint">{t('map.circles', { count: circles })}</p> : null}
    </div>
  );
}
