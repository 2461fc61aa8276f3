// Admins invite people and follow the invitations they sent.
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useMemberInvitations } from '../api/member-invitations';
import { InviteMemberForm } from './invite-member-form';
import { MemberInvitationList } from './member-invitation-list';

export function MemberInvitationsPage() {
  const { t } = useTranslation('memberInvitations');
  const { orgId } = useCurrentOrg();
  const memberInvitations = useMemberInvitations(orgId);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <InviteMemberForm orgId={orgId} />
        <section aria-labelledby="invitations-sent" className="stack">
          <h2 id="invitations-sent" className="section-title">
            {t('list.title')}
          </h2>
          <QueryStatus query={memberInvitations} />
          {memberInvitations.data ? (
            <MemberInvitationList orgId={orgId} items={memberInvitations.data.items} />
          ) : null}
        </section>
      </div>
    </>
  );
}
