// Members' activity communes on one map (FR, BE, DE, LU alike): one colour per member, a thick
// ring where several members work (an overlap to talk about), and, as a layer of its own, the
// white zones: municipalities of the members' departments (provinces, Kreise, cantons) where no
// member held a session. No people, only communes.
import type { NetworkDashboard, NetworkWhiteZones } from '@tutti/contracts';
import L from 'leaflet';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BaseMap, type DrawMap, mapPopup, useMapConfig } from '@/features/territories';
import { useDateFormat } from '@/lib/format';

/** Distinct on a light background, and readable by most colour-blind readers. */
export const MEMBER_COLOURS = ['#0b6e99', '#c2410c', '#6d28d9', '#047857', '#b91c1c', '#a16207'];
/** White zones: a pale square outlined in grey, unlike the members' coloured dots. */
const WHITE_ZONE = '#6b7280';

type Props = {
  dashboard: NetworkDashboard;
  /** Absent while loading or when it failed: the map shows the members alone. */
  whiteZones: NetworkWhiteZones | undefined;
};

export function NetworkMap({ dashboard, whiteZones }: Props) {
  const { t, i18n } = useTranslation('networks');
  const { dateTime } = useDateFormat();
  const config = useMapConfig();
  const descriptionId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const draw = useCallback<DrawMap>(
    (map) => {
      const points: L.LatLngExpression[] = [];
      const overlays: Record<string, L.Layer> = {};
      if (whiteZones && whiteZones.zones.length > 0) {
        const count = new Intl.NumberFormat(i18n.language);
        const white = L.layerGroup();
        for (const zone of whiteZones.zones) {
          L.circleMarker([zone.latitude, zone.longitude], {
            radius: 4,
            color: WHITE_ZONE,
            weight: 1,
            dashArray: '2 2',
            fillColor: '#ffffff',
            fillOpacity: 0.8,
          })
            .bindPopup(() =>
              mapPopup(zone.name, [
                t('whiteZones.popup'),
                t('whiteZones.inhabitants', {
                  count: zone.population,
                  n: count.format(zone.population),
                }),
              ]),
            )
            .addTo(white);
        }
        white.addTo(map);
        overlays[t('whiteZones.layer')] = white;
      }
      const members = L.layerGroup();
      const overlapping = new Set(dashboard.overlaps.map((o) => o.code));
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
            .addTo(members);
        }
      });
      members.addTo(map);
      overlays[t('membersLayer')] = members;
      if (whiteZones && whiteZones.zones.length > 0) {
        // Open on a wide screen; a button on a phone, so that it leaves the zoom and the dots visible.
        L.control.layers(undefined, overlays, { collapsed: map.getSize().x < 600 }).addTo(map);
      }
      return points;
    },
    [dashboard, whiteZones, t, i18n.language],
  );
  return (
    <>
      <p id={descriptionId}>
        {t('mapLead')}
        {whiteZones && whiteZones.counts.white > 0 ? ` ${t('whiteZones.mapLead')}` : null}
      </p>
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
        {whiteZones && whiteZones.counts.white > 0 ? (
          <li>
            <span className="network-legend__swatch network-legend__swatch--white" />
            {t('whiteZones.layer')}
          </li>
        ) : null}
      </ul>
      <p>{t('overlaps', { count: dashboard.overlaps.length })}</p>
      {whiteZones && whiteZones.areas.length > 0 ? (
        <section className="network-white-zones" aria-label={t('whiteZones.title')}>
          <h3>{t('whiteZones.title')}</h3>
          <p>{t('whiteZones.meaning')}</p>
          <p>
            {t('whiteZones.counts', {
              count: whiteZones.counts.white,
              white: number.format(whiteZones.counts.white),
              area: number.format(whiteZones.counts.areaCommunes),
              population: number.format(whiteZones.counts.whitePopulation),
            })}
            {whiteZones.counts.white > whiteZones.zones.length
              ? ` ${t('whiteZones.drawn', { count: whiteZones.zones.length, n: number.format(whiteZones.zones.length) })}`
              : null}
          </p>
          <p className="network-muted">
            {t('whiteZones.areas', {
              list: whiteZones.areas
                .map((a) => `${a.name} (${t(`countries.${a.country}`)})`)
                .join(', '),
            })}
          </p>
          <p className="network-muted">
            {t('whiteZones.basis', {
              from: whiteZones.period.from,
              to: whiteZones.period.to,
              date: whiteZones.figuresAt ? dateTime(whiteZones.figuresAt) : '—',
            })}{' '}
            {t('whiteZones.sources', { list: whiteZones.sources.join(' ; ') })}
          </p>
        </section>
      ) : null}
    </>
  );
}
