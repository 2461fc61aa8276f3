// The Impact dashboard: filters, key figures, activity by month, publics, communes, and for staff the rows behind the figures.
import { can, type ImpactIndicators } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { type ImpactFilterValues, useIndicators } from '../api/indicators';
import { useImpactFormat } from '../lib/format';
import { BarChart } from './bar-chart';
import { CategoryTable } from './category-table';
import './impact.css';
import { ScrollTable } from '@/components/ui';
import { CarbonDefinition } from './carbon-definition';
import { ChoirMix } from './choir-mix';
import { ConcertAttendance } from './concert-attendance';
import { ImpactFigures } from './impact-figures';
import { ImpactFilters } from './impact-filters';
import { TraceCard } from './trace-card';

/** The school year that contains today, as the API's default. */
function schoolYear(): ImpactFilterValues {
  const today = new Date();
  const start = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31`, project: '', department: '' };
}

export function ImpactPage() {
  const { t } = useTranslation(['impact', 'vocabulary']);
  const { orgId, role } = useCurrentOrg();
  const [filters, setFilters] = useState(schoolYear);
  const indicators = useIndicators(orgId, filters);
  const data = indicators.data;
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <Card>
          <ImpactFilters orgId={orgId} value={filters} onChange={setFilters} />
        </Card>
        <QueryStatus query={indicators} />
        {data ? <Dashboard orgId={orgId} data={data} /> : null}
        {data && can(role, 'impact.trace') ? <TraceCard orgId={orgId} filters={filters} /> : null}
      </div>
    </>
  );
}

function Dashboard({ orgId, data }: { orgId: string; data: ImpactIndicators }) {
  const { t, i18n } = useTranslation(['impact', 'vocabulary']);
  const format = useImpactFormat();
  const monthName = new Intl.DateTimeFormat(i18n.language, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const category = (key: string) =>
    (t(`categories.${key}` as 'categories.unknown', { defaultValue: key }) as string) || key;
  return (
    <>
      <Card>
        <ImpactFigures data={data} />
        <CarbonDefinition orgId={orgId} data={data} />
        <p className="muted">{t('smallRule')}</p>
        {!data.referenceData.densityImported || !data.referenceData.priorityImported ? (
          <Alert tone="info">{t('referenceMissing')}</Alert>
        ) : null}
      </Card>
      <div className="impact-grid">
        <Card title={t('charts.months')}>
          <BarChart
            title={t('charts.months')}
            description={t('charts.monthsDescription')}
            categoryHeader={t('charts.month')}
            series={[t('charts.workshops'), t('charts.concerts'), t('charts.online')]}
            rows={data.sessions.byMonth.map((m) => ({
              label: monthName.format(new Date(`${m.month}-01T00:00:00Z`)),
              values: [m.workshops, m.concerts, m.online],
              shown: [m.workshops, m.concerts, m.online].map((v) => format.count(v)),
            }))}
          />
        </Card>
        <Card title={t('charts.ages')}>
          <BarChart
            title={t('charts.ages')}
            description={t('charts.agesDescription')}
            categoryHeader={t('charts.category')}
            series={[t('charts.people')]}
            rows={data.publics.ageBands.map((row) => ({
              label: row.category === 'unknown' ? t('unknown') : row.category,
              values: [typeof row.count === 'number' ? row.count : null],
              shown: [format.people(row.count)],
            }))}
          />
        </Card>
        <Card title={t('charts.areas')}>
          <CategoryTable
            caption={t('charts.areas')}
            rows={data.publics.areas.map((r) => ({
              label: category(r.category),
              value: format.people(r.count),
            }))}
          />
          <CategoryTable
            caption={t('charts.priority')}
            rows={data.publics.priorityAreas.map((r) => ({
              label: category(r.category),
              value: format.people(r.count),
            }))}
          />
        </Card>
        <Card title={t('continuation.title')}>
          <p className="muted">{t('continuation.definition')}</p>
          {(['byArea', 'byAccess'] as const).map((key) => (
            <CategoryTable
              key={key}
              caption={t(`continuation.${key}`)}
              rows={data.continuation[key].map((r) => ({
                label: category(r.category),
                value:
                  r.rate === null
                    ? t('continuation.noneKnown')
                    : t('continuation.cell', {
                        rate: format.percent(r.rate),
                        known: format.people(r.known),
                      }),
              }))}
            />
          ))}
        </Card>
        <Card title={t('charts.kinds')}>
          <CategoryTable
            caption={t('charts.kinds')}
            rows={data.sessions.byKind.map((k) => ({
              label: t(`vocabulary:sessionKind.${k.kind}`),
              value: format.count(k.count),
            }))}
          />
        </Card>
      </div>
      {data.concertFigures.held > 0 ? <ConcertAttendance data={data.concertFigures} /> : null}
      {data.choirs.length > 0 ? <ChoirMix choirs={data.choirs} /> : null}
      <Card title={t('communes.title')}>
        <ScrollTable label={t('communes.title')}>
          <table className="impact-table">
            <caption>{t('communes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('communes.name')}</th>
                <th scope="col">{t('communes.code')}</th>
                <th scope="col" className="num">
                  {t('communes.sessions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...data.communes.list]
                .sort((a, b) => b.sessions - a.sessions)
                .slice(0, 30)
                .map((c) => (
                  <tr key={c.code}>
                    <th scope="row">{c.name}</th>
                    <td>{c.code}</td>
                    <td className="num">{format.count(c.sessions)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollTable>
      </Card>
    </>
  );
}
