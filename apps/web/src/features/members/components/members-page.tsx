// The organisation's members; admins change roles and remove people.
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  buttonClass,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
} from '@/components/ui';
import { useMe } from '@/features/auth';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useMembers } from '../api/members';
import { MemberActions } from './member-actions';

export function MembersPage() {
  const { t } = useTranslation(['members', 'common', 'vocabulary']);
  const org = useCurrentOrg();
  const myId = useMe().data?.user.id;
  const members = useMembers(org.orgId);
  const format = useDateFormat();
  const [notice, setNotice] = useState<string | null>(null);
  const isAdmin = can(org.role, 'members.manage');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          isAdmin ? (
            <Link to={orgPath(org.orgId, 'member-invitations')} className={buttonClass({})}>
              {t('invite')}
            </Link>
          ) : null
        }
      />
      <div className="stack">
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <QueryStatus query={members} />
        {members.data ? (
          <ItemList label={t('list')}>
            {members.data.items.map((member) => (
              <Item
                key={member.userId}
                title={member.displayName}
                badges={
                  <>
                    <Badge tone="primary">{t(`vocabulary:role.${member.role}`)}</Badge>
                    {member.userId === myId ? <Badge>{t('you')}</Badge> : null}
                  </>
                }
                meta={
                  <>
                    {member.email}
                    <br />
                    {t('since', { date: format.date(member.since) })}
                  </>
                }
                actions={
                  isAdmin ? (
                    <MemberActions
                      orgId={org.orgId}
                      member={member}
                      isSelf={member.userId === myId}
                      onDone={setNotice}
                    />
                  ) : null
                }
              />
            ))}
          </ItemList>
        ) : null}
      </div>
    </>
  );
}
