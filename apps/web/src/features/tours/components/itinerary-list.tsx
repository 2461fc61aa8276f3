// Each artist's plan, day by day: departure and return, the sessions in order with their times
// and the lunch break between them (pin to keep one as it is; agreed dates stay anyway), and every
// leg with its kilometres, minutes and CO2. Phone-first.
import type { Itinerary, PlanningResult } from '@tutti/contracts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button } from '@/components/ui';
import { artistColour } from '../lib/artist-colours';
import { useTourFormat } from '../lib/tour-format';

type Props = {
  result: PlanningResult;
  pins: Set<string>;
  onTogglePin: (sessionId: string) => void;
};

/** Open by default when the plan is small enough to read whole. */
const OPEN_UP_TO = 6;

export function ItineraryList({ result, pins, onTogglePin }: Props) {
  return (
    <div className="tours-itineraries">
      {result.itineraries.map((itinerary, index) => (
        <ArtistItinerary
          key={itinerary.artistId}
          itinerary={itinerary}
          colour={artistColour(index)}
          open={result.itineraries.length <= OPEN_UP_TO}
          pins={pins}
          onTogglePin={onTogglePin}
        />
      ))}
    </div>
  );
}

type ArtistProps = {
  itinerary: Itinerary;
  colour: string;
  open: boolean;
  pins: Set<string>;
  onTogglePin: (sessionId: string) => void;
};

function ArtistItinerary({ itinerary, colour, open, pins, onTogglePin }: ArtistProps) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  const format = useTourFormat();
  return (
    <details className="tours-artist" open={open}>
      <summary>
        <h3 className="tours-artist__name">
          <span className="tours-swatch" style={{ background: colour }} />
          {t('itineraries.artist', {
            name: itinerary.artistName,
            km: format.km(itinerary.distanceKm),
            hours: format.hours(itinerary.travelMin),
            co2: format.kg(itinerary.co2eKg),
            count: itinerary.days.length,
          })}
        </h3>
      </summary>
      <ol className="tours-days">
        {itinerary.days.map((day) => (
          <li key={`${day.date}-${day.departure}`} className="tours-day">
            <h4>
              {t('itineraries.day', {
                date: format.day(day.date),
                departure: day.departure,
                return: day.return,
              })}
            </h4>
            <p className="muted">
              {t('itineraries.dayTotals', {
                km: format.km(day.distanceKm),
                minutes: format.whole(day.travelMin),
                co2: format.kg(day.co2eKg),
              })}
            </p>
            <ol className="tours-stops">
              {day.stops.map((stop, i) => {
                const title = stop.title ?? t(`vocabulary:sessionKind.${stop.kind}`);
                const pinned = pins.has(stop.sessionId);
                const lunch = day.lunchBreak;
                const lunchFirst =
                  lunch &&
                  lunch.end <= stop.start &&
                  (i === 0 || day.stops[i - 1]!.end <= lunch.start);
                return (
                  <Fragment key={stop.sessionId}>
                    {lunchFirst ? <LunchBreak start={lunch.start} end={lunch.end} /> : null}
                    <li className="tours-stop">
                      <span>
                        {t('itineraries.stop', {
                          start: stop.start,
                          end: stop.end,
                          title,
                          venue: stop.venueName,
                        })}{' '}
                        {stop.fixed ? <Badge>{t('itineraries.fixed')}</Badge> : null}
                        {stop.agreed ? (
                          <Badge tone="primary">{t('itineraries.agreed')}</Badge>
                        ) : null}
                        {pinned ? <Badge tone="primary">{t('itineraries.pinned')}</Badge> : null}
                        {stop.changed && !pinned ? (
                          <Badge tone="success">{t('itineraries.changed')}</Badge>
                        ) : null}
                      </span>
                      {stop.fixed || stop.agreed ? null : (
                        <Button
                          variant="ghost"
                          size="small"
                          aria-pressed={pinned}
                          aria-label={t(
                            pinned ? 'itineraries.unpinLabel' : 'itineraries.pinLabel',
                            {
                              title,
                            },
                          )}
                          onClick={() => onTogglePin(stop.sessionId)}
                        >
                          {t(pinned ? 'itineraries.unpin' : 'itineraries.pin')}
                        </Button>
                      )}
                    </li>
                  </Fragment>
                );
              })}
              {day.lunchBreak && day.stops.at(-1)!.end <= day.lunchBreak.start ? (
                <LunchBreak start={day.lunchBreak.start} end={day.lunchBreak.end} />
              ) : null}
            </ol>
            <details className="tours-legs">
              <summary>{t('itineraries.legs')}</summary>
              <ul>
                {day.legs.map((leg, i) => (
                  // Legs have no identity of their own: their position in the day is it.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i}>
                    {t('itineraries.leg', {
                      from: leg.from,
                      to: leg.to,
                      km: format.km(leg.distanceKm),
                      minutes: format.whole(leg.travelMin),
                      co2: format.kg(leg.co2eKg),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The lunch break as a line of the day, between the sessions it falls between. */
function LunchBreak({ start, end }: { start: string; end: string }) {
  const { t } = useTranslation('tours');
  return <li className="tours-stop tours-lunch-break">{t('itineraries.lunch', { start, end })}</li>;
}
