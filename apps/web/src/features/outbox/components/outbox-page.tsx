// Admins read the e-mails kept for the organisation: useful when no mail server is configured.
import './outbox-page.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Item, ItemList, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { OUTBOX_PAGE_SIZE, useOutbox } from '../api/outbox';
import { LinkifiedText } from './linkified-text';

const statusTone = {
  pending: 'neutral',
  sent: 'success',
  failed: 'danger',
  kept: 'primary',
} as const;

export function OutboxPage() {
  const { t } = useTranslation(['outbox', 'common']);
  const format = useDateFormat();
  const { orgId } = useCurrentOrg();
  const [offset, setOffset] = useState(0);
  const outbox = useOutbox(orgId, offset);
  const total = outbox.data?.total ?? 0;
  const shown = outbox.data?.items.length ?? 0;

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <QueryStatus query={outbox} />
        {outbox.data && total === 0 ? <p className="muted">{t('empty')}</p> : null}
        {outbox.data && total > 0 ? (
          <ItemList label={t('list')}>
            {outbox.data.items.map((message) => (
              <Item
                key={message.id}
                title={message.subject}
                meta={`${t('to', { address: message.toAddress })} · ${format.dateTime(message.createdAt)}`}
                badges={
                  <Badge tone={statusTone[message.status]}>{t(`status.${message.status}`)}</Badge>
                }
              >
                <details className="outbox__details">
                  <summary>
                    {t('read')}
                    <span className="visually-hidden">: {message.subject}</span>
                  </summary>
                  <pre className="outbox__body">
                    <LinkifiedText text={message.bodyText} />
                  </pre>
                </details>
              </Item>
            ))}
          </ItemList>
        ) : null}
        {total > OUTBOX_PAGE_SIZE ? (
          <nav className="pagination" aria-label={t('pagination')}>
            <p>{t('range', { from: offset + 1, to: offset + shown, total })}</p>
            <div className="form__actions">
              <Button
                variant="secondary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - OUTBOX_PAGE_SIZE))}
              >
                {t('common:previous')}
              </Button>
              <Button
                variant="secondary"
                disabled={offset + shown >= total}
                onClick={() => setOffset(offset + OUTBOX_PAGE_SIZE)}
              >
                {t('common:next')}
              </Button>
            </div>
          </nav>
        ) : null}
      </div>
    </>
  );
}
