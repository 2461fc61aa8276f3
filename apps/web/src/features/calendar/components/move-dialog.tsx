// Moves a session: shows first what becomes of the rest of its journey, then applies it.
import type { MovePreview, Session } from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, TextField } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useMovePreview, useMoveSession } from '../api/move-session';
import './calendar.css';
import { ConflictList, conflictsOf } from './conflict-list';

type Props = { orgId: string; session: Session; onClose: () => void };

export function MoveDialog({ orgId, session, onClose }: Props) {
  const { t, i18n } = useTranslation(['calendar', 'common', 'vocabulary']);
  const errorText = useErrorText();
  const [date, setDate] = useState(session.local.date);
  const [time, setTime] = useState(session.local.startTime);
  const [scope, setScope] = useState<'this' | 'following'>(session.journey ? 'following' : 'this');
  const [reason, setReason] = useState('');
  const preview = useMovePreview(orgId, session.id);
  const move = useMoveSession(orgId, session.id);
  const body = { startsAtLocal: `${date}T${time}`, scope };
  const day = (iso: string) =>
    formatDate(iso, i18n.language, { weekday: 'short', day: 'numeric', month: 'short' });
  const result: MovePreview | undefined = preview.data;
  const refused = conflictsOf(move.error);
  const hasConflicts = (result?.conflictCount ?? 0) > 0 || refused.length > 0;

  return (
    <Dialog open onClose={onClose} title={t('move.title')}>
      <div className="stack">
        <TextField
          name="date"
          type="date"
          label={t('move.date')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <TextField
          name="time"
          type="time"
          label={t('move.time')}
          hint={t('form.timeHint')}
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
        {session.journey ? (
          <fieldset className="checkbox-group">
            <legend>{t('move.scope')}</legend>
            {(['following', 'this'] as const).map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name="scope"
                  value={option}
                  checked={scope === option}
                  onChange={() => setScope(option)}
                />
                {t(option === 'this' ? 'move.scopeThis' : 'move.scopeFollowing')}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div>
          <Button
            variant="secondary"
            pending={preview.isPending}
            onClick={() => preview.mutate(body)}
          >
            {t('move.preview')}
          </Button>
        </div>
        {preview.isError ? <Alert tone="error">{errorText(preview.error)}</Alert> : null}
        {result ? (
          <section aria-label={t('move.resultTitle')} aria-live="polite">
            <h3>{t('move.resultTitle')}</h3>
            <ol className="move-result">
              {result.sessions.map((row) => (
                <li key={row.sessionId}>
                  <strong>
                    {row.position ? `${row.position}. ` : ''}
                    {row.title ?? t(`vocabulary:sessionKind.${row.kind}`)}
                  </strong>
                  <br />
                  {day(row.from.local.date)} {row.from.local.startTime} →{' '}
                  {row.moved ? (
                    <strong>
                      {day(row.to.local.date)} {row.to.local.startTime}
                    </strong>
                  ) : (
                    t('move.unchanged')
                  )}
                  {row.spacing ? (
                    <span className="muted">
                      {' · '}
                      {t('move.spacing', {
                        count: row.spacing.daysToNext,
                        before: row.spacing.daysToNextBefore,
                      })}
                    </span>
                  ) : null}
                  {row.conflicts.length > 0 ? (
                    <div className="move-result__conflict">
                      <ConflictList conflicts={row.conflicts} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {move.isError && refused.length === 0 ? (
          <Alert tone="error">{errorText(move.error)}</Alert>
        ) : null}
        {move.isSuccess ? <Alert tone="success">{t('move.moved')}</Alert> : null}
        {result && hasConflicts ? (
          <TextField
            name="overrideReason"
            label={t('conflicts.overrideReason')}
            hint={t('conflicts.overrideHint')}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : null}
        {result && !move.isSuccess ? (
          <div className="dialog__actions">
            <Button variant="secondary" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button
              pending={move.isPending}
              onClick={() =>
                move.mutate(
                  hasConflicts && reason.trim() ? { ...body, override: { reason } } : body,
                  { onSuccess: () => preview.reset() },
                )
              }
            >
              {hasConflicts ? t('move.applyAnyway') : t('move.apply')}
            </Button>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
