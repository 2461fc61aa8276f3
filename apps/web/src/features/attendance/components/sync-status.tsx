// What is not yet sent: online or offline, how many changes wait, and a button to send them now.
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Icon } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { AttendanceQueue } from '../lib/use-attendance-queue';

export function SyncStatus({ queue }: { queue: AttendanceQueue }) {
  const { t, i18n } = useTranslation('attendance');
  const errorText = useErrorText();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });

  return (
    <section className="sync-status" aria-label={t('pending', { count: queue.pendingCount })}>
      <div className="sync-status__row">
        {queue.online ? (
          <Badge tone="success">{t('online')}</Badge>
        ) : (
          <Badge tone="danger">
            <Icon name="cloud-off" size={16} /> {t('offline')}
          </Badge>
        )}
        <p className="sync-status__count" aria-live="polite" data-testid="pending-count">
          {t('pending', { count: queue.pendingCount })}
        </p>
        {queue.pendingCount > 0 ? (
          <Button
            size="small"
            variant="secondary"
            icon="refresh"
            pending={queue.syncing}
            disabled={!queue.online}
            onClick={() => void queue.sync()}
          >
            {queue.syncing ? t('sending') : t('sendNow')}
          </Button>
        ) : null}
        {queue.lastSyncAt ? (
          <p className="muted sync-status__last">
            {t('lastSync', { time: time.format(new Date(queue.lastSyncAt)) })}
          </p>
        ) : null}
      </div>
      {queue.refusedCount > 0 ? (
        <div className="sync-status__row">
          <Badge tone="danger">{t('refused', { count: queue.refusedCount })}</Badge>
          <Button size="small" variant="ghost" onClick={() => void queue.dismissRefused()}>
            {t('dismiss')}
          </Button>
        </div>
      ) : null}
      {queue.error ? <Alert tone="error">{errorText(queue.error)}</Alert> : null}
    </section>
  );
}
