// While a run searches: a progress bar over its time limit and the best plan found so far.
import type { PlanningRun } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Card } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useCancelRun } from '../api/cancel-run';
import { useTourFormat } from '../lib/tour-format';

export function RunProgress({ orgId, run }: { orgId: string; run: PlanningRun }) {
  const { t } = useTranslation('tours');
  const errorText = useErrorText();
  const format = useTourFormat();
  const cancel = useCancelRun(orgId, run.id);
  const progress = run.progress;
  const limitMs = run.timeLimitSec * 1000;
  const elapsedMs = Math.min(progress?.elapsedMs ?? 0, limitMs);
  return (
    <Card title={t('run.progress')}>
      {run.status === 'queued' ? (
        <p>{t('run.queued')}</p>
      ) : (
        <>
          <progress
            className="tours-progress"
            max={limitMs}
            value={elapsedMs}
            aria-label={t('run.progress')}
            aria-valuetext={t('run.elapsed', {
              elapsed: format.whole(elapsedMs / 1000),
              limit: run.timeLimitSec,
            })}
          />
          <p className="muted">
            {t('run.elapsed', { elapsed: format.whole(elapsedMs / 1000), limit: run.timeLimitSec })}
          </p>
          <p aria-live="polite">
            {progress && progress.distanceKm > 0
              ? t('run.best', {
                  km: format.km(progress.distanceKm),
                  count: progress.placed,
                  total: run.sessionCount,
                })
              : t('run.searching')}
          </p>
        </>
      )}
      <Button variant="secondary" pending={cancel.isPending} onClick={() => cancel.mutate()}>
        {t('run.cancel')}
      </Button>
      {cancel.isError ? <p role="alert">{errorText(cancel.error)}</p> : null}
    </Card>
  );
}
