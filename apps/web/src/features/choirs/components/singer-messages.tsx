// The messages sent to a singer (their part, their site, the whole choir), newest first, in the
// page's language when the conductor wrote it, else in French. Unread ones say so; opening one
// marks it read.
import { type ChoirInboxMessage, textIn } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, Pager, QueryStatus } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { currentLocale } from '@/lib/i18n/locale';
import { MESSAGES_PAGE, useMarkMessageRead, useMyChoirMessages } from '../api/singer-messages';

export function SingerMessages({ orgId, choirId }: { orgId: string; choirId: string }) {
  const { t, i18n } = useTranslation('choirs');
  const dates = useDateFormat();
  const [offset, setOffset] = useState(0);
  const inbox = useMyChoirMessages(orgId, choirId, { offset });
  const markRead = useMarkMessageRead(orgId, choirId);
  const locale = currentLocale(i18n);
  const to = (message: ChoirInboxMessage) =>
    message.audience === 'part' && message.partName
      ? message.partName
      : message.audience === 'site' && message.siteName
        ? message.siteName
        : t('singer.messages.tutti');
  return (
    <Card title={t('singer.messages.title')}>
      <QueryStatus query={inbox} />
      {inbox.data ? (
        <>
          <p className="singer-list__meta" aria-live="polite">
            {inbox.data.total === 0
              ? t('singer.messages.none')
              : t('singer.messages.unread', { count: inbox.data.unread })}
          </p>
          <ul className="singer-messages">
            {inbox.data.items.map((message) => (
              <li key={message.id}>
                <details
                  className="singer-message"
                  onToggle={(event) => {
                    if (event.currentTarget.open && !message.readAt) markRead.mutate(message.id);
                  }}
                >
                  <summary>
                    <span className="singer-message__subject">
                      {textIn(message.subject, locale)}
                    </span>{' '}
                    {message.readAt ? null : (
                      <Badge tone="primary">{t('singer.messages.new')}</Badge>
                    )}
                    <span className="singer-message__meta">
                      {t('singer.messages.sent', {
                        date: dates.date(message.sentAt),
                        to: to(message),
                      })}
                    </span>
                  </summary>
                  <p className="singer-message__text">{textIn(message.text, locale)}</p>
                </details>
              </li>
            ))}
          </ul>
          <Pager
            offset={offset}
            limit={MESSAGES_PAGE}
            total={inbox.data.total}
            onChange={setOffset}
          />
        </>
      ) : null}
    </Card>
  );
}
