// A project's footprint: figures, split, sessions, assumptions, every trip, exports and scenarios.

import { Link, useParams } from '@tanstack/react-router';
import { can, type SessionKind } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { exportLinks, useProjectFootprint } from '../api/footprints';
import { useCarbonFormat } from '../lib/carbon-format';
import './carbon.css';
import { ScrollTable } from '@/components/ui';
import { ExportLinks } from './export-links';
import { FlagsCard } from './flags-card';
import { FootprintNotes } from './footprint-notes';
import { LinesTable } from './lines-table';
import { ProjectSettingsCard } from './project-settings-card';
import { SourceShares } from './source-shares';
import { SummaryFigures } from './summary-figures';

export function ProjectFootprintPage() {
  const { t } = useTranslation(['carbon', 'vocabulary']);
  const format = useCarbonFormat();
  const { orgId, role } = useCurrentOrg();
  const { projectId = '' } = useParams({ strict: false }) as { projectId?: string };
  const footprint = useProjectFootprint(orgId, projectId);
  const data = footprint.data;
  const links = exportLinks.project(orgId, projectId);
  // Flags come first: the headline is not whole until they are seen to (kept there once confirmed).
  const flagged = (data?.flags.length ?? 0) > 0;
  const sessionName = (session: { title: string | null; kind: string }) =>
    session.title ?? t(`vocabulary:sessionKind.${session.kind as SessionKind}`);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'carbon')}>← {t('project.back')}</Link>
      </p>
      <QueryStatus query={footprint} />
      {data ? (
        <>
          <PageHeader title={t('project.title', { name: data.project.name })} />
          <div className="stack">
            {flagged ? <FlagsCard flags={data.flags} /> : null}
            <Card title={t('panel.title')}>
              <SummaryFigures summary={data.summary} />
              <h3>{t('panel.bySource')}</h3>
              <SourceShares summary={data.summary} />
              <p className="carbon-actions">
                <Link to={orgPath(orgId, `carbon/projects/${projectId}/scenarios`)}>
                  {t('panel.scenarios')}
                </Link>
              </p>
              <ExportLinks
                links={[
                  { href: links.csv, label: t('downloadCsv') },
                  { href: links.xlsx, label: t('downloadXlsx') },
                  { href: links.scenariosCsv, label: t('downloadScenariosCsv') },
                ]}
              />
              <FootprintNotes notes={data.notes} />
            </Card>
            {flagged ? null : <FlagsCard flags={data.flags} />}
            <Card title={t('project.sessions')}>
              {data.sessions.length === 0 ? (
                <p>{t('empty')}</p>
              ) : (
                <ScrollTable label={t('project.sessionsTable')}>
                  <table className="carbon-table">
                    <caption>{t('project.sessionsTable')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('lines.date')}</th>
                        <th scope="col">{t('project.session')}</th>
                        <th scope="col">{t('project.venue')}</th>
                        <th scope="col" className="num">
                          {t('panel.total')}
                        </th>
                        <th scope="col" className="num">
                          {t('panel.perBeneficiary')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.sessions.map(({ session, summary }) => (
                        <tr key={session.id}>
                          <td>{session.date}</td>
                          <td>
                            <Link to={orgPath(orgId, `carbon/sessions/${session.id}`)}>
                              {sessionName(session)}
                            </Link>
                          </td>
                          <td>{session.venueName ?? ''}</td>
                          <td className="num">{format.kg(summary.totalCo2eKg)}</td>
                          <td className="num">{format.kg(summary.perBeneficiaryCo2eKg)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              )}
            </Card>
            <ProjectSettingsCard
              orgId={orgId}
              projectId={projectId}
              canEdit={can(role, 'carbon.edit')}
            />
            <Card title={t('lines.title')}>
              <LinesTable
                lines={data.lines}
                sessionLabel={(sessionId) => {
                  const found = data.sessions.find((s) => s.session.id === sessionId);
                  return found ? sessionName(found.session) : null;
                }}
              />
            </Card>
          </div>
        </>
      ) : null}
    </>
  );
}
