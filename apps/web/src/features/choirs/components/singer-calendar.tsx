// The calendar address of a singer's part: created on demand (shown once, to copy or to open
// with webcal://), listed by its date, revoked.
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card } from '@/components/ui';
import { CreatedFeed } from '@/features/calendar';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useCreatePartFeed, usePartFeeds, useRevokePartFeed } from '../api/part-feed';

export function SingerCalendar({ orgId, partId }: { orgId: string; partId: string }) {
  const { t } = useTranslation('choirs');
  const dates = useDateFormat();
  const errorText = useErrorText();
  const feeds = usePartFeeds(orgId, partId);
  const create = useCreatePartFeed(orgId, partId);
  const revoke = useRevokePartFeed(orgId, partId);
  const error = create.error ?? revoke.error;
  return (
    <Card title={t('singer.calendar')}>
      <p>{t('singer.calendarIntro')}</p>
      {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {create.data ? <CreatedFeed feed={create.data} /> : null}
      <ul className="singer-feeds">
        {(feeds.data?.items ?? [])
          .filter((feed) => feed.id !== create.data?.id)
          .map((feed) => (
            <li key={feed.id}>
              {t('singer.calendarExisting', { date: dates.date(feed.createdAt) })}{' '}
              <Button
                variant="ghost"
                size="small"
                pending={revoke.isPending && revoke.variables === feed.id}
                onClick={() => revoke.mutate(feed.id)}
              >
                {t('singer.calendarRevoke')}
              </Button>
            </li>
          ))}
      </ul>
      {create.data ? null : (
        <Button variant="secondary" pending={create.isPending} onClick={() => create.mutate()}>
          {t('singer.calendarCreate')}
        </Button>
      )}
    </Card>
  );
}
