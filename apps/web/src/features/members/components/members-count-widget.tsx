// Dashboard figure: how many members the organisation has.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading, Stat } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { useMembers } from '../api/members';

export function MembersCountWidget({ orgId }: { orgId: string }) {
  const { t } = useTranslation('members');
  const members = useMembers(orgId);
  if (members.isError) return null;
  if (!members.data) return <Loading />;
  const count = members.data.items.length;
  return (
    <Stat
      value={count}
      label={t('figure', { count })}
      link={<Link to={orgPath(orgId, 'members')}>{t('seeAll')}</Link>}
    />
  );
}
