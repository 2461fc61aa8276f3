// The year by month: an SVG bar chart named and described for screen readers, then the same figures as a table.
import type { OrganisationFootprint } from '@tutti/contracts';
import { footprintSources } from '@tutti/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '@/components/ui';
import { useCarbonFormat, useModelText } from '../lib/carbon-format';

const WIDTH = 600;
const HEIGHT = 220;
const AXIS = 28;

export function useMonthName() {
  const { i18n } = useTranslation();
  const long = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(i18n.language, { month: 'narrow', timeZone: 'UTC' });
  const dateOf = (key: string) => new Date(`${key}-01T00:00:00Z`);
  return {
    long: (key: string) => long.format(dateOf(key)),
    short: (key: string) => short.format(dateOf(key)),
  };
}

export function YearChart({ footprint }: { footprint: OrganisationFootprint }) {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const model = useModelText();
  const month = useMonthName();
  const titleId = useId();
  const descId = useId();
  const months = footprint.byMonth;
  const max = Math.max(1, ...months.map((m) => m.totalCo2eKg));
  const slot = WIDTH / Math.max(1, months.length);
  return (
    <>
      <svg
        className="carbon-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t('chart.title', { year: footprint.year })}</title>
        <desc id={descId}>{t('chart.description')}</desc>
        {months.map((entry, index) => {
          const height = ((HEIGHT - AXIS - 16) * entry.totalCo2eKg) / max;
          const x = index * slot + slot * 0.15;
          return (
            <g key={entry.key}>
              <rect
                className="carbon-chart__bar"
                x={x}
                y={HEIGHT - AXIS - height}
                width={slot * 0.7}
                height={height}
              />
              <text
                className="carbon-chart__axis"
                x={x + slot * 0.35}
                y={HEIGHT - 10}
                textAnchor="middle"
              >
                {month.short(entry.key)}
              </text>
            </g>
          );
        })}
      </svg>
      <ScrollTable label={t('chart.table', { year: footprint.year })}>
        <table className="carbon-table">
          <caption>{t('chart.table', { year: footprint.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.month')}</th>
              {footprintSources.map((source) => (
                <th scope="col" className="num" key={source}>
                  {model.label(`source.${source}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('chart.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((entry) => (
              <tr key={entry.key}>
                <th scope="row">{month.long(entry.key)}</th>
                {footprintSources.map((source) => (
                  <td className="num" key={source}>
                    {format.kg(entry.bySource[source])}
                  </td>
                ))}
                <td className="num">{format.kg(entry.totalCo2eKg)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('chart.total')}</th>
              {footprintSources.map((source) => (
                <td className="num" key={source}>
                  {format.kg(footprint.summary.bySource[source])}
                </td>
              ))}
              <td className="num">{format.kg(footprint.summary.totalCo2eKg)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </>
  );
}
