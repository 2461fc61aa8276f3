// The latest planning runs of the organisation, newest first, each with its status and figures.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, Card, Item, ItemList, Loading } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { usePlanningRuns } from '../api/runs';
import { useTourFormat } from '../lib/tour-format';

export function RecentRuns({ orgId }: { orgId: string }) {
  const { t } = useTranslation('tours');
  const dates = useDateFormat();
  const format = useTourFormat();
  const runs = usePlanningRuns(orgId);
  const items = runs.data?.items ?? [];
  return (
    <Card title={t('runs.title')}>
      {runs.isPending ? <Loading /> : null}
      {runs.data && items.length === 0 ? <p>{t('runs.empty')}</p> : null}
      {items.length > 0 ? (
        <ItemList label={t('runs.title')}>
          {items.map((run) => (
            <Item
              key={run.id}
              title={
                <Link to={orgPath(orgId, `tours/runs/${run.id}`)}>
                  {run.project?.name ??
                    t('runs.season', { from: format.day(run.from), to: format.day(run.to) })}
                </Link>
              }
              badges={
                <>
                  <Badge
                    tone={
                      run.status === 'done'
                        ? 'success'
                        : run.status === 'failed'
                          ? 'danger'
                          : 'neutral'
                    }
                  >
                    {t(`statuses.${run.status}`)}
                  </Badge>{' '}
                  {run.acceptedAt ? <Badge tone="primary">{t('runs.accepted')}</Badge> : null}
                </>
              }
              meta={[
                dates.dateTime(run.createdAt),
                t('runs.sessions', { count: run.sessionCount }),
                run.plan
                  ? t('runs.summary', {
                      km: format.km(run.plan.distanceKm),
                      count: run.plan.placed,
                    })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </ItemList>
      ) : null}
    </Card>
  );
}
