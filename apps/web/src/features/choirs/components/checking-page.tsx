// A section leader's queue (all parts for coordinators): singers' recordings to check, each with
// a player and a verdict (approve: the singer is ready; or ask for another take), and those
// already checked.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, ItemList, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useCheckingQueue } from '../api/checking';
import { useChoirs } from '../api/choirs';
import { CheckingItem } from './checking-item';
import './checking.css';
import './choirs.css';

export function CheckingPage() {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const choir = useChoirs(orgId).data?.items.find((item) => item.id === choirId);
  const queue = useCheckingQueue(orgId, choirId);
  const [done, setDone] = useState<string | null>(null);
  const items = queue.data?.items ?? [];
  const pending = items.filter((item) => item.review === 'pending');
  const checked = items.filter((item) => item.review !== 'pending');

  return (
    <>
      <p>
        <Link to={orgPath(orgId, choir?.conducts ? `choirs/${choirId}` : 'choirs')}>
          ← {choir?.name ?? t('back')}
        </Link>
      </p>
      <PageHeader
        title={t('checking.title')}
        description={t('checking.intro')}
        actions={
          <Link to={orgPath(orgId, `choirs/${choirId}/learning`)}>{t('open.learning')}</Link>
        }
      />
      <QueryStatus query={queue} />
      {queue.data ? (
        <div className="stack">
          <Card title={t('checking.pending', { count: pending.length })}>
            {done ? <Alert tone="success">{done}</Alert> : null}
            {pending.length === 0 ? (
              <p>{t('checking.nonePending')}</p>
            ) : (
              <ItemList label={t('checking.pending', { count: pending.length })}>
                {pending.map((item) => (
                  <CheckingItem key={item.id} choirId={choirId} item={item} onReviewed={setDone} />
                ))}
              </ItemList>
            )}
          </Card>
          {checked.length > 0 ? (
            <Card title={t('checking.checked')}>
              <ItemList label={t('checking.checked')}>
                {checked.map((item) => (
                  <CheckingItem key={item.id} choirId={choirId} item={item} />
                ))}
              </ItemList>
            </Card>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
