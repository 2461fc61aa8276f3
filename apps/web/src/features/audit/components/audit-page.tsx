// Admins read who looked at access needs, who exported what and whose role changed: the
// event and its subject, never the content.
import './audit.css';
import { type AuditAction, auditActions } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, Pager, QueryStatus, SelectField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { AUDIT_PAGE_SIZE, useAuditEvents } from '../api/audit-events';

export function AuditPage() {
  const { t } = useTranslation('audit');
  const { orgId } = useCurrentOrg();
  const format = useDateFormat();
  const [action, setAction] = useState<AuditAction | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const events = useAuditEvents(orgId, {
    action: action || undefined,
    from: from || undefined,
    to: to || undefined,
    offset,
  });
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <Card title={t('logTitle')}>
          <div className="stack">
            <div className="audit-filters">
              <SelectField
                name="action"
                label={t('filter')}
                value={action}
                options={[
                  { value: '', label: t('actions.all') },
                  ...auditActions.map((value) => ({ value, label: t(`actions.${value}`) })),
                ]}
                onChange={(event) => {
                  setAction(event.target.value as AuditAction | '');
                  setOffset(0);
                }}
              />
              <TextField
                type="date"
                name="from"
                label={t('from')}
                value={from}
                onChange={(event) => {
                  setFrom(event.target.value);
                  setOffset(0);
                }}
              />
              <TextField
                type="date"
                name="to"
                label={t('to')}
                value={to}
                onChange={(event) => {
                  setTo(event.target.value);
                  setOffset(0);
                }}
              />
            </div>
            <QueryStatus query={events} />
            {events.data ? (
              events.data.items.length === 0 ? (
                <p className="muted">{t('none')}</p>
              ) : (
                <ul className="item-list" aria-label={t('logTitle')}>
                  {events.data.items.map((event) => (
                    <li key={event.id} className="audit-event">
                      <strong>{t(`actions.${event.action}`)}</strong>
                      <span>
                        {t('subject', {
                          kind: t(`subjects.${event.subjectKind}`, {
                            defaultValue: event.subjectKind,
                          }),
                        })}
                        {event.detail ? ` · ${event.detail}` : ''}
                      </span>
                      <span className="muted">
                        {format.dateTime(event.at)} ·{' '}
                        {event.actor?.displayName || t('unknownActor')}
                      </span>
                    </li>
                  ))}
                </ul>
              )
            ) : null}
            {events.data ? (
              <Pager
                offset={offset}
                limit={AUDIT_PAGE_SIZE}
                total={events.data.total}
                onChange={setOffset}
              />
            ) : null}
          </div>
        </Card>
        <p className="muted">{t('kept')}</p>
      </div>
    </>
  );
}
