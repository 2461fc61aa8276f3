// What the map's colours, sizes and marks mean.
import { useTranslation } from 'react-i18next';
import { SCORE_CLASSES } from '../lib/score-scale';

export function MapLegend() {
  const { t } = useTranslation('territories');
  return (
    <div>
      <h3 className="visually-hidden">{t('map.legend')}</h3>
      <p className="map-legend__title">{t('map.scoreScale')}</p>
      <ul className="map-legend__scale">
        {SCORE_CLASSES.map((c) => (
          <li key={c.from} className="map-legend__item">
            <span className="map-legend__swatch" style={{ background: c.colour }} />
            {c.from}–{c.to}
          </li>
        ))}
      </ul>
      <ul className="map-legend">
        <li className="map-legend__item">
          <span className="map-legend__swatch map-legend__swatch--dashed" />
          {t('map.approximate')}
        </li>
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
      </ul>
      <p className="field__hint">{t('map.circles')}</p>
    </div>
  );
}
