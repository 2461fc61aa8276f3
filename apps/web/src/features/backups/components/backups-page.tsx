// Admins see that the instance backs itself up: the daily time, the runs with their size and
// failures, a backup now, and how to restore. Archives are never served by the web app.
import './backups.css';
import type { BackupOverview, BackupRun } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useBytesFormat } from '@/lib/format-bytes';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useBackupOverview, useRequestBackup } from '../api/backups';

export function BackupsPage() {
  const { t } = useTranslation('backups');
  const { orgId } = useCurrentOrg();
  const [askedAt, setAskedAt] = useState<string | null>(null);
  const overview = useBackupOverview(orgId, askedAt);
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <QueryStatus query={overview} />
        {overview.data ? (
          <>
            <Status overview={overview.data} onAsked={() => setAskedAt(new Date().toISOString())} />
            <Runs overview={overview.data} />
            <Restore overview={overview.data} />
          </>
        ) : null}
      </div>
    </>
  );
}

function Status({ overview, onAsked }: { overview: BackupOverview; onAsked: () => void }) {
  const { t } = useTranslation('backups');
  const { orgId } = useCurrentOrg();
  const format = useDateFormat();
  const bytes = useBytesFormat();
  const errorText = useErrorText();
  const request = useRequestBackup(orgId);
  const lastGood = overview.runs.find((run) => run.state === 'succeeded');
  const newest = overview.runs[0];
  const running = newest?.state === 'running';
  return (
    <Card title={t('statusTitle')}>
      <div className="stack">
        {newest?.state === 'failed' ? (
          <Alert tone="error" title={t('lastFailed', { date: format.dateTime(newest.startedAt) })}>
            <p>{newest.error === 'interrupted' ? t('interrupted') : newest.error}</p>
          </Alert>
        ) : null}
        <dl className="backups-facts">
          <dt>{t('lastGood')}</dt>
          <dd>
            {lastGood?.finishedAt
              ? t('lastGoodValue', {
                  date: format.dateTime(lastGood.finishedAt),
                  size: bytes(lastGood.bytes ?? 0),
                })
              : t('noneYet')}
          </dd>
          <dt>{t('schedule')}</dt>
          <dd>{overview.dailyAt ? t('dailyAt', { time: overview.dailyAt }) : t('noSchedule')}</dd>
          <dt>{t('kept')}</dt>
          <dd>
            {t('keptValue', { count: overview.keep })} <code>{overview.folder}</code>
          </dd>
        </dl>
        {overview.mediaInBucket ? <Alert tone="info">{t('mediaInBucket')}</Alert> : null}
        {request.error ? <Alert tone="error">{errorText(request.error)}</Alert> : null}
        {request.isSuccess && !running ? <Alert tone="success">{t('asked')}</Alert> : null}
        <div>
          <Button
            onClick={() => request.mutate(undefined, { onSuccess: onAsked })}
            disabled={request.isPending || running}
          >
            {running ? t('running') : t('backUpNow')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

function Runs({ overview }: { overview: BackupOverview }) {
  const { t } = useTranslation('backups');
  return (
    <Card title={t('runsTitle')}>
      {overview.runs.length === 0 ? (
        <p className="muted">{t('noRun')}</p>
      ) : (
        <ItemList label={t('runsTitle')}>
          {overview.runs.map((run) => (
            <RunItem key={run.id} run={run} keep={overview.keep} />
          ))}
        </ItemList>
      )}
    </Card>
  );
}

const stateTone = { running: 'primary', succeeded: 'success', failed: 'danger' } as const;

function RunItem({ run, keep }: { run: BackupRun; keep: number }) {
  const { t } = useTranslation('backups');
  const format = useDateFormat();
  const bytes = useBytesFormat();
  return (
    <Item
      title={format.dateTime(run.startedAt)}
      badges={
        <>
          <Badge tone={stateTone[run.state]}>{t(`state.${run.state}`)}</Badge>
          <Badge>{t(`trigger.${run.trigger}`)}</Badge>
        </>
      }
      meta={
        run.state === 'succeeded'
          ? t('contents', {
              size: bytes(run.bytes ?? 0),
              tables: run.tables ?? 0,
              rows: run.rows ?? 0,
              files: run.files ?? 0,
            })
          : run.state === 'failed'
            ? run.error === 'interrupted'
              ? t('interrupted')
              : run.error
            : t('inProgress')
      }
    >
      {run.state === 'succeeded' ? (
        <p className="muted backups-archive">
          {run.archiveKept ? <code>{run.archiveName}</code> : t('archiveRemoved', { count: keep })}
        </p>
      ) : null}
    </Item>
  );
}

function Restore({ overview }: { overview: BackupOverview }) {
  const { t } = useTranslation('backups');
  return (
    <Card title={t('restoreTitle')}>
      <div className="stack">
        <p>{t('copyOff')}</p>
        <p>{t('restoreText')}</p>
        <pre className="backups-command">
          <code>{`npm run restore -- ${overview.folder}/tutti-backup-….tar.gz`}</code>
        </pre>
        <p className="muted">{t('restoreChecks')}</p>
      </div>
    </Card>
  );
}
