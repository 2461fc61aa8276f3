// Admins read the organisation's outgoing messages and how their delivery goes (attempts, next
// attempt, last error), resend a failed one, and read those kept when no mail server is configured.
import './outbox-page.css';
import { can, type OutboxMessage } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Item, ItemList, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { OUTBOX_PAGE_SIZE, useOutbox } from '../api/outbox';
import { useResendMessage } from '../api/resend';
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
  const { orgId, role } = useCurrentOrg();
  const [offset, setOffset] = useState(0);
  const outbox = useOutbox(orgId, offset);
  const resend = useResendMessage(orgId);
  const errorText = useErrorText();
  const canResend = can(role, 'outbox.resend');
  const total = outbox.data?.total ?? 0;
  const shown = outbox.data?.items.length ?? 0;

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <QueryStatus query={outbox} />
        {resend.error ? <Alert tone="error">{errorText(resend.error)}</Alert> : null}
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
                actions={
                  canResend && message.status === 'failed' ? (
                    <Button
                      variant="secondary"
                      pending={resend.isPending && resend.variables === message.id}
                      onClick={() => resend.mutate(message.id)}
                    >
                      {t('resend')}
                      <span className="visually-hidden">: {message.subject}</span>
                    </Button>
                  ) : null
                }
              >
                <Delivery message={message} />
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

/** Attempts, next attempt and last error of a message the relay handles (not of a kept one). */
function Delivery({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation('outbox');
  const format = useDateFormat();
  if (message.status === 'kept' || (message.attempts === 0 && !message.lastError)) return null;
  return (
    <dl className="outbox__delivery">
      <div>
        <dt>{t('delivery.attempts')}</dt>
        <dd>{message.attempts}</dd>
      </div>
      {message.nextAttemptAt ? (
        <div>
          <dt>{t('delivery.nextAttempt')}</dt>
          <dd>{format.dateTime(message.nextAttemptAt)}</dd>
        </div>
      ) : null}
      {message.lastError && message.status !== 'sent' ? (
        <div>
          <dt>{t('delivery.lastError')}</dt>
          <dd className="outbox__error">{message.lastError}</dd>
        </div>
      ) : null}
    </dl>
  );
}
