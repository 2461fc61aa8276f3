// The page behind an invitation link: who invites, for which role, then join or create an account.

import { Link, useNavigate, useParams } from '@tanstack/react-router';
import type { Me } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Button, buttonClass, Loading, NarrowPage } from '@/components/ui';
import { useMe } from '@/features/auth';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import {
  useAcceptMemberInvitation,
  useMemberInvitationPreview,
} from '../api/accept-member-invitation';
import { NewAccountForm } from './new-account-form';

/** The organisation that the accepted invitation added (the one not in `before`). */
function joinedOrgId(before: Me | null | undefined, after: Me, orgName: string) {
  const known = new Set(before?.memberships.map((m) => m.orgId));
  const added = after.memberships.find((m) => !known.has(m.orgId));
  return (added ?? after.memberships.find((m) => m.orgName === orgName))?.orgId ?? null;
}

export function AcceptMemberInvitationPage() {
  const { t } = useTranslation(['memberInvitations', 'common', 'vocabulary']);
  const errorText = useErrorText();
  const { token = '' } = useParams({ strict: false });
  const navigate = useNavigate();
  const me = useMe();
  const preview = useMemberInvitationPreview(token);
  const accept = useAcceptMemberInvitation(token);

  if (preview.isPending || me.isPending) {
    return (
      <NarrowPage title={t('accept.title')}>
        <Loading />
      </NarrowPage>
    );
  }
  if (preview.isError) {
    return (
      <NarrowPage
        title={t('accept.title')}
        links={
          <p>
            <Link to="/">{t('accept.backHome')}</Link>
          </p>
        }
      >
        <Alert tone="error">{errorText(preview.error)}</Alert>
      </NarrowPage>
    );
  }

  const { orgName, role, email, hasAccount } = preview.data;
  const signedIn = me.data ?? null;
  const join = async (body: { displayName?: string; password?: string }) => {
    const after = await accept.mutateAsync(body);
    const orgId = joinedOrgId(signedIn, after, orgName);
    await navigate({ to: orgId ? orgPath(orgId) : '/', replace: true });
  };

  return (
    <NarrowPage
      title={t('accept.title')}
      description={t('accept.intro', { org: orgName, role: t(`vocabulary:role.${role}`) })}
    >
      <div className="stack">
        {signedIn ? (
          <>
            <p>{t('accept.signedInAs', { email: signedIn.user.email })}</p>
            {accept.isError ? <Alert tone="error">{errorText(accept.error)}</Alert> : null}
            {signedIn.user.email.toLowerCase() !== email.toLowerCase() ? (
              <Alert tone="info">{t('accept.otherAccount', { email })}</Alert>
            ) : isApiError(accept.error, 'MEMBER_INVITATION.ALREADY_MEMBER') ? (
              <Link to="/" className={buttonClass({})}>
                {t('accept.goToOrganisation')}
              </Link>
            ) : (
              <Button
                block
                pending={accept.isPending}
                onClick={() => void join({}).catch(() => {})}
              >
                {t('accept.join', { org: orgName })}
              </Button>
            )}
          </>
        ) : hasAccount || isApiError(accept.error, 'AUTH.UNAUTHENTICATED') ? (
          <>
            <p>{t('accept.hasAccount', { email })}</p>
            <Link
              to="/sign-in"
              search={{ redirect: `/member-invitations/${token}` }}
              className={buttonClass({ block: true })}
            >
              {t('accept.signIn')}
            </Link>
          </>
        ) : (
          <>
            <p>{t('accept.newAccount')}</p>
            <NewAccountForm email={email} onSubmit={join} submitLabel={t('accept.createAndJoin')} />
          </>
        )}
      </div>
    </NarrowPage>
  );
}
