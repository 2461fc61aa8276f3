// Dashboard figure: invitations that nobody has answered yet.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Stat } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { useInvitations } from '../api/invitations';

export function PendingInvitationsWidget({ orgId }: { orgId: string }) {
  const { t } = useTranslation('invitations');
  const invitations = useInvitations(orgId);
  if (invitations.isError) return null;
  if (!invitations.data) return <Loading />;
  const count = invitations.data.items.filter((item) => item.status === 'pending').length;
  return (
    <Stat
      value={count}
      label={t('figure', { count })}
      link={<Link to={orgPath(orgId, 'invitations')}>{t('seeAll')}</Link>}
    />
  );
}
