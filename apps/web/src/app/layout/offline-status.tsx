// The bar under the header of every organisation page: whether the server can be reached (since
// when it cannot), how many changes wait to be sent, a button to send them now, refusals.
import { useTranslation } from 'react-i18next';
import { Alert, Button, Icon } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useAutoSync, useOfflineLog } from '@/lib/offline/use-offline-log';

function useClock() {
  const { i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const dayAndTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  /** `12:03` today, with the date before today. */
  return (iso: string) => {
    const at = new Date(iso);
    return at.toDateString() === new Date().toDateString()
      ? time.format(at)
      : dayAndTime.format(at);
  };
}

export function OfflineStatus({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const clock = useClock();
  const log = useOfflineLog(orgId);
  useAutoSync(log);
  const quiet = log.online && log.pendingCount === 0 && log.refusedCount === 0 && !log.error;

  return (
    <section
      className={`offline-status${log.online ? '' : ' offline-status--offline'}${quiet ? ' offline-status--quiet' : ''}`}
      aria-label={t('offline.status')}
      data-testid="offline-status"
    >
      <div className="offline-status__row">
        {log.online ? null : (
          <span className="offline-status__network">
            <Icon name="cloud-off" size={16} />{' '}
            {t('offline.offlineSince', {
              time: clock(log.offlineSince ?? new Date().toISOString()),
            })}
          </span>
        )}
        {log.online ? null : <span aria-hidden="true">·</span>}
        <span className="offline-status__count" aria-live="polite" data-testid="pending-count">
          {t('offline.pending', { count: log.pendingCount })}
        </span>
        {log.pendingCount > 0 && log.online ? (
          <Button
            size="small"
            variant="secondary"
            icon="refresh"
            pending={log.syncing}
            onClick={() => void log.sync()}
          >
            {log.syncing ? t('offline.sending') : t('offline.sendNow')}
          </Button>
        ) : null}
        {log.lastSyncAt && !quiet ? (
          <span className="offline-status__last">
            {t('offline.lastSync', { time: clock(log.lastSyncAt) })}
          </span>
        ) : null}
        {log.refusedCount > 0 ? (
          <>
            <span className="offline-status__refused">
              {t('offline.refused', { count: log.refusedCount })}
            </span>
            <Button size="small" variant="ghost" onClick={() => void log.dismissRefused()}>
              {t('offline.dismiss')}
            </Button>
          </>
        ) : null}
      </div>
      {log.error ? <Alert tone="error">{errorText(log.error)}</Alert> : null}
    </section>
  );
}
