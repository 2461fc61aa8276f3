// One planning run: its progress while it searches, then the plan compared, on the map and day by
// day, to accept or to plan again with pins.
import { Link, useParams } from '@tanstack/react-router';
import type { PlanningRun } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { usePlanningRun } from '../api/runs';
import { useTourFormat } from '../lib/tour-format';
import { RunProgress } from './run-progress';
import { RunResult } from './run-result';
import './tours.css';

function useRunTitle(run: PlanningRun | undefined) {
  const { t } = useTranslation('tours');
  const format = useTourFormat();
  if (!run) return t('title');
  return run.project
    ? t('run.title', { name: run.project.name })
    : t('run.seasonTitle', { from: format.day(run.from), to: format.day(run.to) });
}

export function TourRunPage() {
  const { t } = useTranslation('tours');
  const format = useTourFormat();
  const { orgId } = useCurrentOrg();
  const { runId = '' } = useParams({ strict: false }) as { runId?: string };
  const query = usePlanningRun(orgId, runId);
  const run = query.data;
  const title = useRunTitle(run);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'tours')}>← {t('run.back')}</Link>
      </p>
      <PageHeader
        title={title}
        description={
          run ? (
            <>
              <Badge tone={run.status === 'done' ? 'success' : 'neutral'}>
                {t(`statuses.${run.status}`)}
              </Badge>{' '}
              {t('runs.sessions', { count: run.sessionCount })}
            </>
          ) : null
        }
      />
      <QueryStatus query={query} />
      {run && (run.status === 'queued' || run.status === 'running') ? (
        <RunProgress orgId={orgId} run={run} />
      ) : null}
      {run?.status === 'failed' ? (
        <Alert tone="error">{t('run.failed', { error: run.error ?? '' })}</Alert>
      ) : null}
      {run?.status === 'cancelled' ? <Alert tone="info">{t('run.cancelled')}</Alert> : null}
      {run?.acceptedAt ? (
        <Alert tone="success" live={false}>
          {t('run.accepted', { date: format.longDay(run.acceptedAt.slice(0, 10)) })}
        </Alert>
      ) : null}
      {run?.status === 'done' && run.result ? (
        <RunResult orgId={orgId} run={run} result={run.result} />
      ) : null}
    </>
  );
}
