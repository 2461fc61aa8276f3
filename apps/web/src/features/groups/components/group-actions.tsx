// Edit, archive or delete a group; a refused delete says what still uses it and offers archiving.
import { useNavigate } from '@tanstack/react-router';
import type { Group } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ConfirmDialog, Dialog } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useDeleteGroup, useUpdateGroup } from '../api/save-group';
import { GroupForm } from './group-form';

export function GroupActions({
  orgId,
  group,
  canDelete,
}: {
  orgId: string;
  group: Group;
  canDelete: boolean;
}) {
  const { t } = useTranslation(['groups', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const update = useUpdateGroup(orgId, group.id);
  const remove = useDeleteGroup(orgId, group.id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const archived = group.archivedAt !== null;
  const close = () => {
    setConfirming(false);
    remove.reset();
  };

  return (
    <div className="form__actions">
      <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
        {t('detail.edit')}
      </Button>
      {canDelete ? (
        <>
          <Button
            variant="secondary"
            size="small"
            icon="archive"
            pending={update.isPending}
            onClick={() => update.mutate({ archived: !archived })}
          >
            {archived ? t('detail.unarchive') : t('detail.archive')}
          </Button>
          <Button variant="danger" size="small" icon="trash" onClick={() => setConfirming(true)}>
            {t('detail.delete')}
          </Button>
        </>
      ) : null}
      <Dialog
        open={editing}
        onClose={() => setEditing(false)}
        title={t('detail.editTitle', { name: group.name })}
      >
        {editing ? (
          <GroupForm
            group={group}
            submitLabel={t('common:save')}
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              setEditing(false);
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={confirming}
        onClose={close}
        title={t('detail.deleteTitle', { name: group.name })}
        confirmLabel={t('detail.delete')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate({ to: orgPath(orgId, 'groups') }),
          })
        }
      >
        <p>{t('detail.deleteText')}</p>
        {remove.isError && !archived ? (
          <Button
            variant="secondary"
            icon="archive"
            onClick={() => update.mutate({ archived: true }, { onSuccess: close })}
          >
            {t('detail.archive')}
          </Button>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
