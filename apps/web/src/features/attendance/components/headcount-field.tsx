// A head count for a group counted rather than listed, or for the session's general audience.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Icon } from '@/components/ui';
import type { LocalEdit } from '../lib/use-attendance-queue';

type Props = {
  label: string;
  saved: number | null;
  local: LocalEdit | undefined;
  disabled: boolean;
  onSave: (count: number) => void;
};

export function HeadcountField({ label, saved, local, disabled, onSave }: Props) {
  const { t } = useTranslation('attendance');
  const id = useId();
  const shown = local ? (local.value as number) : saved;
  const [draft, setDraft] = useState(shown === null ? '' : String(shown));
  useEffect(() => setDraft(shown === null ? '' : String(shown)), [shown]);
  const count = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(count) && count >= 0 && count <= 100_000;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onSave(count);
  };

  return (
    <form className="headcount" onSubmit={submit} aria-label={label}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="headcount__row">
        <input
          id={id}
          className="field__control headcount__input"
          type="number"
          inputMode="numeric"
          min={0}
          max={100000}
          value={draft}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" size="small" disabled={disabled || !valid}>
          {t('saveCount')}
        </Button>
        {local?.state === 'pending' ? (
          <Badge>
            <Icon name="refresh" size={14} /> {t('pendingMark')}
          </Badge>
        ) : null}
      </div>
    </form>
  );
}
