// Admins invite people and follow the invitations they sent.
import { useTranslation } from 'react-i18next';
import { Alert, Loading, PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useInvitations } from '../api/invitations';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';

export function InvitationsPage() {
  const { t } = useTranslation('invitations');
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const invitations = useInvitations(orgId);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <InviteForm orgId={orgId} />
        <section aria-labelledby="invitations-sent" className="stack">
          <h2 id="invitations-sent" className="section-title">
            {t('list.title')}
          </h2>
          {invitations.isPending ? <Loading /> : null}
          {invitations.isError ? <Alert tone="error">{errorText(invitations.error)}</Alert> : null}
          {invitations.data ? (
            <InvitationList orgId={orgId} items={invitations.data.items} />
          ) : null}
        </section>
      </div>
    </>
  );
}
