// Edit, archive, anonymise or delete a participant; a refused delete offers anonymisation.
import { useNavigate } from '@tanstack/react-router';
import type { ParticipantDetail } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ConfirmDialog, Dialog } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import {
  useAnonymiseParticipant,
  useDeleteParticipant,
  useUpdateParticipant,
} from '../api/save-participant';
import { ParticipantForm } from './participant-form';
import { displayName } from './participant-item';

export function ParticipantActions({
  orgId,
  participant,
  manages,
  editing,
  onEditingChange,
}: {
  orgId: string;
  participant: ParticipantDetail;
  /** Admins and coordinators also delete and anonymise. */
  manages: boolean;
  /** The edit form is open (the page also opens it, for a rectification request). */
  editing: boolean;
  onEditingChange: (open: boolean) => void;
}) {
  const { t } = useTranslation(['participants', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const update = useUpdateParticipant(orgId, participant.id);
  const remove = useDeleteParticipant(orgId, participant.id);
  const anonymise = useAnonymiseParticipant(orgId, participant.id);
  const [dialog, setDialog] = useState<'delete' | 'anonymise' | null>(null);
  const name = displayName(participant);
  const close = () => {
    setDialog(null);
    onEditingChange(false);
    remove.reset();
    anonymise.reset();
  };
  if (participant.anonymised) return null;

  return (
    <div className="form__actions">
      <Button variant="secondary" size="small" onClick={() => onEditingChange(true)}>
        {t('detail.edit')}
      </Button>
      <Button
        variant="secondary"
        size="small"
        icon="archive"
        pending={update.isPending}
        onClick={() => update.mutate({ archived: participant.archivedAt === null })}
      >
        {participant.archivedAt ? t('detail.unarchive') : t('detail.archive')}
      </Button>
      {manages ? (
        <>
          <Button variant="secondary" size="small" onClick={() => setDialog('anonymise')}>
            {t('detail.anonymise')}
          </Button>
          <Button variant="danger" size="small" icon="trash" onClick={() => setDialog('delete')}>
            {t('detail.delete')}
          </Button>
        </>
      ) : null}
      <Dialog open={editing} onClose={close} title={t('detail.editTitle', { name })}>
        {editing ? (
          <ParticipantForm
            participant={participant}
            submitLabel={t('common:save')}
            onSubmit={async ({ consent: _consent, accessNeeds: _needs, ...body }) => {
              await update.mutateAsync(body);
              close();
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={dialog === 'anonymise'}
        onClose={close}
        title={t('detail.anonymiseTitle', { name })}
        confirmLabel={t('detail.anonymise')}
        pending={anonymise.isPending}
        error={anonymise.isError ? errorText(anonymise.error) : null}
        onConfirm={() => anonymise.mutate(undefined, { onSuccess: close })}
      >
        <p>{t('detail.anonymiseText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        onClose={close}
        title={t('detail.deleteTitle', { name })}
        confirmLabel={t('detail.delete')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate({ to: orgPath(orgId, 'participants') }),
          })
        }
      >
        <p>{t('detail.deleteText')}</p>
        {remove.isError ? (
          <Button variant="secondary" onClick={() => setDialog('anonymise')}>
            {t('detail.anonymise')}
          </Button>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
