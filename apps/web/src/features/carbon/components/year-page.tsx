// The organisation's footprint for a year: figures, the chart by month, projects, exports.
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, PageHeader, QueryStatus, SelectField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { exportLinks, useOrganisationFootprint } from '../api/footprints';
import { useCarbonFormat } from '../lib/carbon-format';
import './carbon.css';
import { ScrollTable } from '@/components/ui';
import { ExportLinks } from './export-links';
import { YearFlags } from './flags-card';
import { FootprintNotes } from './footprint-notes';
import { SourceShares } from './source-shares';
import { SummaryFigures } from './summary-figures';
import { YearChart } from './year-chart';

export function YearPage() {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const { orgId } = useCurrentOrg();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const footprint = useOrganisationFootprint(orgId, year);
  const data = footprint.data;
  const links = exportLinks.year(orgId, year);
  const choose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setYear(Number(new FormData(event.currentTarget).get('year')));
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={<Link to={orgPath(orgId, 'carbon/factors')}>{t('factorSets')}</Link>}
      />
      <div className="stack">
        <form className="carbon-actions" onSubmit={choose}>
          <SelectField
            label={t('year')}
            name="year"
            defaultValue={String(year)}
            options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: String(y),
              label: String(y),
            }))}
          />
          <Button type="submit" variant="secondary">
            {t('show')}
          </Button>
        </form>
        <QueryStatus query={footprint} />
        {data ? (
          <>
            {/* What the year's total leaves out comes first, with the project to open. */}
            <YearFlags
              flags={data.flags}
              projectName={(id) => data.byProject.find((p) => p.key === id)?.label}
            />
            <Card title={String(data.year)}>
              <SummaryFigures summary={data.summary} />
              <SourceShares summary={data.summary} />
              <ExportLinks
                links={[
                  { href: links.csv, label: t('downloadCsv') },
                  { href: links.xlsx, label: t('downloadXlsx') },
                ]}
              />
              <FootprintNotes notes={data.notes} />
            </Card>
            <Card title={t('chart.title', { year: data.year })}>
              <YearChart footprint={data} />
            </Card>
            <Card title={t('projects.title')}>
              {data.byProject.length === 0 ? (
                <p>{t('projects.empty')}</p>
              ) : (
                <ScrollTable label={t('projects.table', { year: data.year })}>
                  <table className="carbon-table">
                    <caption>{t('projects.table', { year: data.year })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('projects.project')}</th>
                        <th scope="col" className="num">
                          {t('chart.total')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.byProject.map((project) => (
                        <tr key={project.key}>
                          <th scope="row">
                            <Link to={orgPath(orgId, `carbon/projects/${project.key}`)}>
                              {project.label}
                            </Link>
                          </th>
                          <td className="num">{format.kg(project.totalCo2eKg)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              )}
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
