// Members' activity communes on one map (FR, BE, DE, LU alike): one colour per member, a thick
// ring where several members work (an overlap to talk about). No people, only communes.
import type { NetworkDashboard } from '@tutti/contracts';
import L from 'leaflet';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BaseMap, type DrawMap, mapPopup, useMapConfig } from '@/features/territories';

/** Distinct on a light background, and readable by most colour-blind readers. */
export const MEMBER_COLOURS = ['#0b6e99', '#c2410c', '#6d28d9', '#047857', '#b91c1c', '#a16207'];

export function NetworkMap({ dashboard }: { dashboard: NetworkDashboard }) {
  const { t } = useTranslation('networks');
  const config = useMapConfig();
  const descriptionId = useId();
  const draw = useCallback<DrawMap>(
    (map) => {
      const overlapping = new Set(dashboard.overlaps.map((o) => o.code));
      const points: L.LatLngExpression[] = [];
      dashboard.members.forEach((member, index) => {
        const colour = MEMBER_COLOURS[index % MEMBER_COLOURS.length]!;
        for (const commune of member.communes) {
          const at: L.LatLngExpression = [commune.latitude, commune.longitude];
          points.push(at);
          L.circleMarker(at, {
            radius: 7,
            color: overlapping.has(commune.code) ? '#1b2224' : colour,
            weight: overlapping.has(commune.code) ? 4 : 1,
            fillColor: colour,
            fillOpacity: 0.7,
          })
            .bindPopup(mapPopup(commune.name ?? commune.code, [member.name]))
            .addTo(map);
        }
      });
      return points;
    },
    [dashboard],
  );
  return (
    <>
      <p id={descriptionId}>{t('mapLead')}</p>
      <BaseMap
        config={config.data ?? null}
        draw={draw}
        label={t('map')}
        descriptionId={descriptionId}
      />
      <ul className="network-legend">
        {dashboard.members.map((member, index) => (
          <li key={member.orgId}>
            <span
              className="network-legend__swatch"
              style={{ background: MEMBER_COLOURS[index % MEMBER_COLOURS.length] }}
            />
            {member.name}
          </li>
        ))}
      </ul>
      <p>{t('overlaps', { count: dashboard.overlaps.length })}</p>
    </>
  );
}
