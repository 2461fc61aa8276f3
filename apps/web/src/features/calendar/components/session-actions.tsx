// What can be done with a session: edit, move, cancel with a reason, mark done, delete.
import { Link, useNavigate } from '@tanstack/react-router';
import { can, type Role, type Session } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass, ConfirmDialog, TextField } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useCancelSession, useDeleteSession, useMarkSessionDone } from '../api/save-session';
import { MoveDialog } from './move-dialog';

type Props = { orgId: string; role: Role; session: Session };

export function SessionActions({ orgId, role, session }: Props) {
  const { t } = useTranslation('calendar');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [open, setOpen] = useState<'cancel' | 'delete' | 'move' | null>(null);
  const [reason, setReason] = useState('');
  const cancel = useCancelSession(orgId, session.id);
  const done = useMarkSessionDone(orgId, session.id);
  const remove = useDeleteSession(orgId, session.id);
  const planner = can(role, 'sessions.plan');
  const open_ = session.status === 'planned' || session.status === 'confirmed';
  const started = Date.parse(session.startsAt) <= Date.now();

  return (
    <div className="calendar-actions">
      {planner && open_ ? (
        <>
          <Link
            to={orgPath(orgId, `calendar/sessions/${session.id}/edit`)}
            className={buttonClass({ variant: 'secondary' })}
          >
            {t('session.edit')}
          </Link>
          <Button variant="secondary" onClick={() => setOpen('move')}>
            {t('session.move')}
          </Button>
        </>
      ) : null}
      {can(role, 'sessions.markDone') && open_ && started ? (
        <Button variant="secondary" pending={done.isPending} onClick={() => done.mutate()}>
          {t('session.done')}
        </Button>
      ) : null}
      {planner && open_ ? (
        <Button variant="danger" onClick={() => setOpen('cancel')}>
          {t('session.cancel')}
        </Button>
      ) : null}
      {planner ? (
        <Button variant="ghost" icon="trash" onClick={() => setOpen('delete')}>
          {t('session.delete')}
        </Button>
      ) : null}
      {done.isError ? <p role="alert">{errorText(done.error)}</p> : null}
      <ConfirmDialog
        open={open === 'cancel'}
        title={t('session.cancelTitle')}
        confirmLabel={t('session.cancelConfirm')}
        pending={cancel.isPending}
        error={cancel.isError ? errorText(cancel.error) : null}
        onClose={() => setOpen(null)}
        onConfirm={() => cancel.mutate(reason, { onSuccess: () => setOpen(null) })}
      >
        <p>{t('session.cancelText')}</p>
        <TextField
          name="reason"
          label={t('session.cancelReasonField')}
          required
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
      <ConfirmDialog
        open={open === 'delete'}
        title={t('session.deleteTitle')}
        confirmLabel={t('session.delete')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onClose={() => setOpen(null)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate({ to: orgPath(orgId, 'calendar') }),
          })
        }
      >
        <p>{t('session.deleteText')}</p>
      </ConfirmDialog>
      {open === 'move' ? (
        <MoveDialog orgId={orgId} session={session} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
