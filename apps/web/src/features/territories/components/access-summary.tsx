// The area in a few sentences, with the data it rests on: also the map's text alternative.
import type { AccessReport } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { useDateFormat } from '@/lib/format';

export function AccessSummary({ report }: { report: AccessReport }) {
  const { t, i18n } = useTranslation('territories');
  const dates = useDateFormat();
  const integer = new Intl.NumberFormat(i18n.language);
  const s = report.summary;
  const year = (value: number | null) =>
    value === null ? t('summary.notImported') : String(value);
  return (
    <div className="stack">
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
        <li>{t('summary.far', { count: s.noLiveMusicWithin30Km })}</li>
        <li>{t('summary.activities', { count: s.communesWithActivities })}</li>
        {s.priorityCommunes > 0 ? (
          <li>{t('summary.priority', { count: s.priorityCommunes })}</li>
        ) : null}
        {s.approximateCommunes > 0 ? (
          <li>{t('summary.approximate', { count: s.approximateCommunes })}</li>
        ) : null}
      </ul>
      {report.reference.facilitiesYear === null ? (
        <Alert tone="info">{t('summary.noFacilities')}</Alert>
      ) : null}
      <p className="field__hint">
        {t('summary.sources', {
          facilities: year(report.reference.facilitiesYear),
          density: year(report.reference.densityYear),
          priority: year(report.reference.priorityAreasYear),
          centres: year(report.reference.centresYear),
        })}
      </p>
    </div>
  );
}
