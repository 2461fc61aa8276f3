// Dashboard figure: how many e-mails the organisation sent or kept.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Stat } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { useOutbox } from '../api/outbox';

export function OutboxCountWidget({ orgId }: { orgId: string }) {
  const { t } = useTranslation('outbox');
  const outbox = useOutbox(orgId, 0, 1);
  if (outbox.isError) return null;
  if (!outbox.data) return <Loading />;
  const count = outbox.data.total;
  return (
    <Stat
      value={count}
      label={t('figure', { count })}
      link={<Link to={orgPath(orgId, 'outbox')}>{t('seeAll')}</Link>}
    />
  );
}
