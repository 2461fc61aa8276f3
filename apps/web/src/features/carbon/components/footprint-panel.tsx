// The footprint panel other pages embed for a session or a project: total, split, ratios, version, links.
import './carbon.css';
import { Link } from '@tanstack/react-router';
import { can, type FootprintSummary } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useProjectFootprint, useSessionFootprint } from '../api/footprints';
import { SourceShares } from './source-shares';
import { SummaryFigures } from './summary-figures';

type PanelProps = { orgId: string } & ({ projectId: string } | { sessionId: string });

/** Shown to the roles that read footprints (admins, coordinators, viewers); nothing for others. */
export function FootprintPanel(props: PanelProps) {
  const { role } = useCurrentOrg();
  if (!can(role, 'carbon.read')) return null;
  return 'projectId' in props ? (
    <ProjectPanel orgId={props.orgId} projectId={props.projectId} />
  ) : (
    <SessionPanel orgId={props.orgId} sessionId={props.sessionId} />
  );
}

function ProjectPanel({ orgId, projectId }: { orgId: string; projectId: string }) {
  const footprint = useProjectFootprint(orgId, projectId);
  const base = `carbon/projects/${projectId}`;
  return (
    <PanelBody
      query={footprint}
      summary={footprint.data?.summary}
      detailsPath={orgPath(orgId, base)}
      scenariosPath={orgPath(orgId, `${base}/scenarios`)}
    />
  );
}

function SessionPanel({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const footprint = useSessionFootprint(orgId, sessionId);
  return (
    <PanelBody
      query={footprint}
      summary={footprint.data?.summary}
      detailsPath={orgPath(orgId, `carbon/sessions/${sessionId}`)}
    />
  );
}

function PanelBody({
  query,
  summary,
  detailsPath,
  scenariosPath,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown };
  summary: FootprintSummary | undefined;
  detailsPath: string;
  scenariosPath?: string;
}) {
  const { t } = useTranslation('carbon');
  return (
    <Card title={t('panel.title')}>
      <QueryStatus query={query} />
      {summary ? (
        <>
          <SummaryFigures summary={summary} />
          <h3>{t('panel.bySource')}</h3>
          <SourceShares summary={summary} />
          <p className="carbon-actions">
            <Link to={detailsPath}>{t('panel.details')}</Link>
            {scenariosPath ? <Link to={scenariosPath}>{t('panel.scenarios')}</Link> : null}
          </p>
        </>
      ) : null}
    </Card>
  );
}
