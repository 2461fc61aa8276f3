// The invitations an organisation sent, newest first; pending ones can be revoked.
import type { MemberInvitation } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, ConfirmDialog, Item, ItemList } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useRevokeMemberInvitation } from '../api/member-invitations';

const statusTone = {
  pending: 'primary',
  accepted: 'success',
  expired: 'neutral',
  revoked: 'neutral',
} as const;

export function MemberInvitationList({
  orgId,
  items,
}: {
  orgId: string;
  items: MemberInvitation[];
}) {
  const { t } = useTranslation(['memberInvitations', 'common', 'vocabulary']);
  const errorText = useErrorText();
  const format = useDateFormat();
  const revoke = useRevokeMemberInvitation(orgId);
  const [toRevoke, setToRevoke] = useState<MemberInvitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const close = () => {
    setToRevoke(null);
    revoke.reset();
  };
  const confirm = () => {
    if (!toRevoke) return;
    const { email } = toRevoke;
    revoke.mutate(toRevoke.id, {
      onSuccess: () => {
        close();
        setNotice(t('list.revoked', { email }));
      },
    });
  };

  if (items.length === 0) return <p className="muted">{t('list.empty')}</p>;
  return (
    <div className="stack">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ItemList label={t('list.title')}>
        {items.map((memberInvitation) => (
          <Item
            key={memberInvitation.id}
            title={memberInvitation.email}
            meta={
              <>
                {t(`vocabulary:role.${memberInvitation.role}`)}
                {' · '}
                {t('list.sentOn', { date: format.date(memberInvitation.createdAt) })}
                {memberInvitation.status === 'pending'
                  ? `, ${t('list.expiresOn', { date: format.date(memberInvitation.expiresAt) })}`
                  : null}
              </>
            }
            badges={
              <Badge tone={statusTone[memberInvitation.status]}>
                {t(`status.${memberInvitation.status}`)}
              </Badge>
            }
            actions={
              memberInvitation.status === 'pending' ? (
                <Button
                  variant="secondary"
                  size="small"
                  aria-label={t('list.revokeNamed', { email: memberInvitation.email })}
                  onClick={() => setToRevoke(memberInvitation)}
                >
                  {t('list.revoke')}
                </Button>
              ) : null
            }
          />
        ))}
      </ItemList>
      <ConfirmDialog
        open={toRevoke !== null}
        onClose={close}
        title={t('list.revokeTitle')}
        confirmLabel={t('list.revoke')}
        onConfirm={confirm}
        pending={revoke.isPending}
        error={revoke.isError ? errorText(revoke.error) : null}
      >
        <p>{t('list.revokeText', { email: toRevoke?.email ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
