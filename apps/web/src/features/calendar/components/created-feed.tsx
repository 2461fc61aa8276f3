// A feed's secret address, shown once after its creation: copy it, or subscribe with webcal://.
import type { CalendarFeedCreated } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import './calendar.css';

export function CreatedFeed({ feed }: { feed: CalendarFeedCreated }) {
  const { t } = useTranslation('calendar');
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={t('feeds.createdTitle')}>
      <p>{t('feeds.createdText')}</p>
      <div className="feed-url">
        <TextField
          name="url"
          label={t('feeds.url')}
          readOnly
          value={feed.url}
          onFocus={(e) => e.target.select()}
        />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(feed.url);
            setCopied(true);
          }}
        >
          {t('feeds.copy')}
        </Button>
        <a className="button button--secondary" href={feed.webcalUrl}>
          {t('feeds.subscribe')}
        </a>
      </div>
      {copied ? <p role="status">{t('feeds.copied')}</p> : null}
    </Alert>
  );
}
