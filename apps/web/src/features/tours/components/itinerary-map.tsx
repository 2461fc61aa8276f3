// The plan's itineraries on the territories map: one colour per artist, home as a circle, venues
// as squares, each artist-day as a line from home through its venues and back.
import type { PlanningResult } from '@tutti/contracts';
import L from 'leaflet';
import { Suspense, useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui';
import { BaseMap, mapPopup, useMapConfig } from '@/features/territories';
import { artistColour } from '../lib/artist-colours';
import { useTourFormat } from '../lib/tour-format';

export function ItineraryMap({ result }: { result: PlanningResult }) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  const format = useTourFormat();
  const config = useMapConfig();
  const descriptionId = useId();

  const draw = useCallback(
    (map: L.Map) => {
      const points: L.LatLngExpression[] = [];
      result.itineraries.forEach((itinerary, index) => {
        const colour = artistColour(index);
        const home: L.LatLngExpression = [itinerary.home.latitude, itinerary.home.longitude];
        points.push(home);
        for (const day of itinerary.days) {
          const path: L.LatLngExpression[] = [
            home,
            ...day.stops.map((s): L.LatLngExpression => [s.latitude, s.longitude]),
            home,
          ];
          L.polyline(path, { color: colour, weight: 3, opacity: 0.8 }).addTo(map);
          for (const stop of day.stops) {
            points.push([stop.latitude, stop.longitude]);
            L.marker([stop.latitude, stop.longitude], {
              icon: L.divIcon({ className: 'tours-marker', iconSize: [12, 12], html: '' }),
              keyboard: false,
              title: stop.venueName,
            })
              .bindPopup(() =>
                mapPopup(stop.title ?? t(`vocabulary:sessionKind.${stop.kind}`), [
                  stop.venueName,
                  `${format.day(day.date)} ${stop.start}–${stop.end}, ${itinerary.artistName}`,
                ]),
              )
              .addTo(map);
          }
        }
        L.circleMarker(home, {
          radius: 7,
          color: '#ffffff',
          weight: 2,
          fillColor: colour,
          fillOpacity: 1,
        })
          .bindPopup(() =>
            mapPopup(t('map.home', { name: itinerary.artistName }), [itinerary.home.label]),
          )
          .addTo(map);
      });
      return points;
    },
    [result, t, format],
  );

  return (
    <>
      <p id={descriptionId} className="muted">
        {t('map.description')}
      </p>
      <Suspense fallback={<Loading />}>
        <BaseMap
          config={config.data ?? null}
          draw={draw}
          label={t('map.label')}
          descriptionId={descriptionId}
        />
      </Suspense>
      <ul className="tours-legend">
        {result.itineraries.map((itinerary, index) => (
          <li key={itinerary.artistId}>
            <span className="tours-swatch" style={{ background: artistColour(index) }} />
            {itinerary.artistName}
          </li>
        ))}
      </ul>
    </>
  );
}
