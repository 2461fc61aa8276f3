// The area in a few sentences: also the map's text alternative. A figure that rests on missing
// data is not given (the data card says what is missing).
import type { AccessReport } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '@/lib/format';

export function AccessSummary({ report }: { report: AccessReport }) {
  const { t, i18n } = useTranslation('territories');
  const dates = useDateFormat();
  const integer = new Intl.NumberFormat(i18n.language);
  const s = report.summary;
  const ownPlacesOnly = report.dimensions.distance.facilities === 0;
  return (
    <ul className="territories-summary">
      <li>
        {t('summary.line', {
          area: report.area?.name ?? '',
          count: s.communes,
          communes: integer.format(s.communes),
          population: integer.format(s.population),
          from: dates.date(report.periodStart),
          to: dates.date(report.asOf),
        })}
      </li>
      {s.noLiveMusicWithin30Km === null ? (
        <li>{t('summary.farUnknown')}</li>
      ) : (
        <li>
          {t(ownPlacesOnly ? 'summary.farFromOwn' : 'summary.far', {
            count: s.noLiveMusicWithin30Km,
          })}
        </li>
      )}
      <li>{t('summary.activities', { count: s.communesWithActivities })}</li>
      {s.priorityCommunes ? <li>{t('summary.priority', { count: s.priorityCommunes })}</li> : null}
      {s.approximateCommunes > 0 ? (
        <li>{t('summary.approximate', { count: s.approximateCommunes })}</li>
      ) : null}
    </ul>
  );
}
