// A project's scenarios side by side, the reductions that save most, and two scenarios compared.
import { Link, useParams } from '@tanstack/react-router';
import type { ProjectScenarios } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { exportLinks, useProjectFootprint } from '../api/footprints';
import { useProjectScenarios } from '../api/scenarios';
import { useCarbonFormat, useModelText } from '../lib/carbon-format';
import './carbon.css';
import { ScrollTable } from '@/components/ui';
import { ExportLinks } from './export-links';
import { ScenarioAssumptions } from './scenario-assumptions';
import { ScenarioCompare } from './scenario-compare';

export function ScenariosPage() {
  const { t } = useTranslation('carbon');
  const { orgId } = useCurrentOrg();
  const { projectId = '' } = useParams({ strict: false }) as { projectId?: string };
  const project = useProjectFootprint(orgId, projectId);
  const scenarios = useProjectScenarios(orgId, projectId);
  const model = useModelText();
  const data = scenarios.data;
  const links = exportLinks.project(orgId, projectId);
  const leftOut = project.data?.summary.leftOut;
  const format = useCarbonFormat();

  return (
    <>
      <p>
        <Link to={orgPath(orgId, `carbon/projects/${projectId}`)}>← {t('scenarios.back')}</Link>
      </p>
      <PageHeader
        title={t('scenarios.title', { name: project.data?.project.name ?? '…' })}
        description={t('scenarios.intro')}
      />
      <QueryStatus query={scenarios} />
      {leftOut && leftOut.inputs > 0 ? (
        <p>{t('scenarios.leftOut', { count: leftOut.inputs, kg: format.kg(leftOut.co2eKg) })}</p>
      ) : null}
      {data ? (
        <div className="stack">
          <Card title={t('scenarios.reductions')}>
            {data.reductions.length === 0 ? (
              <p>{model.label('reduction.none')}</p>
            ) : (
              <ol className="carbon-reductions">
                {data.reductions.map((reduction) => (
                  <li key={reduction.lever}>
                    {model.message(reduction.message)} {model.message(reduction.timeMessage)}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <Card title={t('scenarios.compare')}>
            <ScenarioCompare orgId={orgId} projectId={projectId} scenarios={data} />
          </Card>
          <Card title={t('scenarios.table')}>
            <ScenarioTable scenarios={data} />
            <p className="muted">{t('factorVersion', { version: data.factorVersion })}</p>
            <ExportLinks
              links={[
                { href: links.scenariosCsv, label: t('downloadScenariosCsv') },
                { href: links.xlsx, label: t('downloadXlsx') },
              ]}
            />
          </Card>
        </div>
      ) : null}
    </>
  );
}

function ScenarioTable({ scenarios }: { scenarios: ProjectScenarios }) {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const model = useModelText();
  const { baseline } = scenarios;
  return (
    <>
      <ScrollTable label={t('scenarios.table')}>
        <table className="carbon-table">
          <caption className="visually-hidden">{t('scenarios.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.scenario')}</th>
              <th scope="col" className="num">
                {t('scenarios.total')}
              </th>
              <th scope="col" className="num">
                {t('scenarios.delta')}
              </th>
              <th scope="col" className="num">
                {t('scenarios.deltaPct')}
              </th>
              <th scope="col" className="num">
                {t('scenarios.travel')}
              </th>
              <th scope="col" className="num">
                {t('scenarios.deltaTravel')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('scenarios.baseline')}</th>
              <td className="num">{format.kg(baseline.totalCo2eKg)}</td>
              <td className="num">0</td>
              <td className="num">0</td>
              <td className="num">{format.number(baseline.travelHours)}</td>
              <td className="num">0</td>
            </tr>
            {scenarios.rows.map((row) => (
              <tr key={row.lever}>
                <th scope="row">{model.label(`lever.${row.lever}`)}</th>
                <td className="num">{format.kg(row.totalCo2eKg)}</td>
                <td className="num">{format.signed(row.deltaCo2eKg)}</td>
                <td className="num">{row.deltaPct === null ? '—' : format.signed(row.deltaPct)}</td>
                <td className="num">{format.number(row.travelHours)}</td>
                <td className="num">{format.signed(row.deltaTravelHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ScenarioAssumptions scenarios={scenarios} />
    </>
  );
}
