// An admin's actions on one member: change the role (a dialog), remove (after confirming).
import { type Member, type Role, roles } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog, Dialog, SelectField } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useChangeMemberRole } from '../api/change-member-role';
import { useRemoveMember } from '../api/remove-member';

type MemberActionsProps = {
  orgId: string;
  member: Member;
  isSelf: boolean;
  onDone: (message: string) => void;
};

export function MemberActions({ orgId, member, isSelf, onDone }: MemberActionsProps) {
  const { t } = useTranslation(['members', 'common', 'vocabulary']);
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'role' | 'remove' | null>(null);
  const [role, setRole] = useState<Role>(member.role);
  const changeRole = useChangeMemberRole(orgId);
  const remove = useRemoveMember(orgId);
  const name = member.displayName;

  const close = () => {
    setDialog(null);
    changeRole.reset();
    remove.reset();
  };

  const saveRole = () =>
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => {
          close();
          onDone(t('roleChanged', { name, role: t(`vocabulary:role.${role}`) }));
        },
      },
    );

  const confirmRemove = () =>
    remove.mutate(member.userId, {
      onSuccess: () => {
        close();
        onDone(t('removed', { name }));
      },
    });

  return (
    <>
      <Button
        variant="secondary"
        size="small"
        aria-label={t('changeRoleOf', { name })}
        onClick={() => {
          setRole(member.role);
          setDialog('role');
        }}
      >
        {t('changeRole')}
      </Button>
      {isSelf ? null : (
        <Button
          variant="secondary"
          size="small"
          aria-label={t('removeNamed', { name })}
          onClick={() => setDialog('remove')}
        >
          {t('remove')}
        </Button>
      )}

      <Dialog open={dialog === 'role'} onClose={close} title={t('changeRoleTitle', { name })}>
        <SelectField
          name="role"
          label={t('role')}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          options={roles.map((value) => ({ value, label: t(`vocabulary:role.${value}`) }))}
        />
        {changeRole.isError ? <Alert tone="error">{errorText(changeRole.error)}</Alert> : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={close}>
            {t('common:cancel')}
          </Button>
          <Button pending={changeRole.isPending} onClick={saveRole}>
            {t('common:save')}
          </Button>
        </div>
      </Dialog>

      <ConfirmDialog
        open={dialog === 'remove'}
        onClose={close}
        title={t('removeTitle', { name })}
        confirmLabel={t('remove')}
        onConfirm={confirmRemove}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
      >
        <p>{t('removeText', { name })}</p>
      </ConfirmDialog>
    </>
  );
}
