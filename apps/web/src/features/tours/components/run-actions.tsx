// Accepting the plan (a confirmation lists every change) and planning again with the pins chosen.
import { useNavigate } from '@tanstack/react-router';
import type { PlanChange, PlanningResult, PlanningRun } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useAcceptRun } from '../api/accept-run';
import { useStartRun } from '../api/start-run';
import { useTourFormat } from '../lib/tour-format';

type Props = { orgId: string; run: PlanningRun; result: PlanningResult; pins: Set<string> };

function useChangeText() {
  const { t } = useTranslation(['tours', 'vocabulary']);
  const format = useTourFormat();
  const place = (p: PlanChange['from']) =>
    `${format.day(p.date)} ${p.start}, ${p.artists.map((a) => a.name).join(', ') || t('sessions.nobody')}`;
  return (change: PlanChange) =>
    `${change.title ?? t(`vocabulary:sessionKind.${change.kind}`)} (${change.venueName})\u00a0: ${t(
      'accept.change',
      {
        from: place(change.from),
        to: place(change.to),
      },
    )}`;
}

/** Names of the sessions a refused accept points at, from the error's details. */
function refusedNames(error: unknown): { stale: string[]; conflicts: string[] } {
  if (!isApiError(error)) return { stale: [], conflicts: [] };
  const list = (key: string) =>
    ((error.details[key] as { title: string | null; sessionId: string }[] | undefined) ?? []).map(
      (s) => s.title ?? s.sessionId,
    );
  return { stale: list('changed'), conflicts: list('conflicts') };
}

export function RunActions({ orgId, run, result, pins }: Props) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const accept = useAcceptRun(orgId, run.id);
  const replan = useStartRun(orgId);
  const changeText = useChangeText();
  const [confirming, setConfirming] = useState(false);
  const refused = refusedNames(accept.error);
  const acceptError = accept.isError
    ? [
        errorText(accept.error),
        refused.stale.length > 0 ? t('accept.stale', { names: refused.stale.join(', ') }) : '',
        refused.conflicts.length > 0
          ? t('accept.conflicts', { names: refused.conflicts.join(', ') })
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : null;

  const startReplan = () =>
    replan.mutate(
      {
        replanOf: run.id,
        pinnedSessionIds: [...pins],
        timeLimitSec: run.timeLimitSec,
        seed: run.seed + 1,
      },
      { onSuccess: (next) => navigate({ to: orgPath(orgId, `tours/runs/${next.id}`) }) },
    );

  return (
    <div className="tours-actions">
      {accept.isSuccess ? (
        <Alert tone="success">{t('accept.done', { count: accept.data.applied })}</Alert>
      ) : null}
      <div className="tours-row">
        {run.acceptedAt || accept.isSuccess || result.changes.length === 0 ? null : (
          <Button icon="check" onClick={() => setConfirming(true)}>
            {t('actions.accept')}
          </Button>
        )}
        <Button variant="secondary" icon="refresh" pending={replan.isPending} onClick={startReplan}>
          {t('actions.replan')}
        </Button>
      </div>
      {result.changes.length === 0 && !run.acceptedAt ? <p>{t('accept.nothing')}</p> : null}
      <p className="muted">
        {t('actions.replanHint')} {t('actions.pinned', { count: pins.size })}
      </p>
      {replan.isError ? <Alert tone="error">{errorText(replan.error)}</Alert> : null}
      <ConfirmDialog
        open={confirming}
        title={t('accept.title')}
        confirmLabel={t('accept.confirm')}
        pending={accept.isPending}
        error={acceptError}
        onClose={() => setConfirming(false)}
        onConfirm={() => accept.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        {result.changes.length === 0 ? (
          <p>{t('accept.nothing')}</p>
        ) : (
          <>
            <p>{t('accept.intro', { count: result.changes.length })}</p>
            <ul className="tours-list">
              {result.changes.map((change) => (
                <li key={change.sessionId}>{changeText(change)}</li>
              ))}
            </ul>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
