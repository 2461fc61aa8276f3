// Dashboard figure: invitations that nobody has answered yet.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Stat } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { useMemberInvitations } from '../api/member-invitations';

export function PendingMemberInvitationsWidget({ orgId }: { orgId: string }) {
  const { t } = useTranslation('memberInvitations');
  const memberInvitations = useMemberInvitations(orgId);
  if (memberInvitations.isError) return null;
  if (!memberInvitations.data) return <Loading />;
  const count = memberInvitations.data.items.filter((item) => item.status === 'pending').length;
  return (
    <Stat
      value={count}
      label={t('figure', { count })}
      link={<Link to={orgPath(orgId, 'member-invitations')}>{t('seeAll')}</Link>}
    />
  );
}
