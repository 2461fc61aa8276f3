// The sessions a run places, with where they stand now; those that cannot be planned say why, and
// those whose date is agreed with a partner say so and can be freed one by one.
import type { PlanningCandidates, SessionKind } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, SelectField } from '@/components/ui';
import { useTourFormat } from '../lib/tour-format';

type Session = PlanningCandidates['sessions'][number];
type Props = {
  sessions: Session[];
  selected: Set<string>;
  onChange: (selected: Set<string>) => void;
  /** Confirmed sessions the plan may move. */
  freed: Set<string>;
  onFreedChange: (freed: Set<string>) => void;
  error?: string | undefined;
};

/** A set with `id` added or removed. */
const switched = (set: Set<string>, id: string, on: boolean) => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

export function SessionPicker({
  sessions,
  selected,
  onChange,
  freed,
  onFreedChange,
  error,
}: Props) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  const format = useTourFormat();
  const [kind, setKind] = useState<SessionKind | ''>('');
  const kinds = [...new Set(sessions.map((s) => s.kind))];
  const shown = sessions.filter((s) => !kind || s.kind === kind);
  const plannable = shown.filter((s) => s.notPlannable === null).map((s) => s.id);
  const toggle = (id: string, on: boolean) => onChange(switched(selected, id, on));
  const setAll = (on: boolean) => {
    const next = new Set(selected);
    for (const id of plannable) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };
  return (
    <fieldset className="tours-picker" aria-describedby="tours-sessions-hint">
      <legend>{t('sessions.legend', { selected: selected.size, count: sessions.length })}</legend>
      <p className="field__hint" id="tours-sessions-hint">
        {t('sessions.hint')}
      </p>
      <div className="tours-row tours-row--end">
        <SelectField
          label={t('sessions.kind')}
          name="kindFilter"
          value={kind}
          onChange={(event) => setKind(event.target.value as SessionKind | '')}
          options={[
            { value: '', label: t('sessions.allKinds') },
            ...kinds.map((k) => ({ value: k, label: t(`vocabulary:sessionKind.${k}`) })),
          ]}
        />
        <Button variant="secondary" size="small" onClick={() => setAll(true)}>
          {t('sessions.all')}
        </Button>
        <Button variant="secondary" size="small" onClick={() => setAll(false)}>
          {t('sessions.none')}
        </Button>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="tours-options">
        {shown.map((s) => {
          const title = s.title ?? t(`vocabulary:sessionKind.${s.kind}`);
          const isFreed = freed.has(s.id);
          return (
            <li key={s.id}>
              <label className="tours-option">
                <input
                  type="checkbox"
                  name="sessionIds"
                  value={s.id}
                  checked={selected.has(s.id)}
                  disabled={s.notPlannable !== null}
                  onChange={(event) => toggle(s.id, event.target.checked)}
                />
                <span>
                  <strong>{title}</strong>
                  {s.venue ? `, ${s.venue.name}` : ''}
                  <span className="tours-option__meta">
                    {t('sessions.current', {
                      date: format.day(s.local.date),
                      time: s.local.startTime,
                      artists: s.artists.map((a) => a.name).join(', ') || t('sessions.nobody'),
                    })}
                    {s.notPlannable ? ` — ${t(`sessions.notPlannable.${s.notPlannable}`)}` : ''}
                  </span>
                  {s.agreedWith ? (
                    <span className="tours-option__meta">
                      {isFreed ? (
                        t('sessions.freed')
                      ) : (
                        <Badge tone="primary">
                          {s.agreedWith.partnerName
                            ? t('sessions.agreed', { partner: s.agreedWith.partnerName })
                            : t('sessions.agreedUnnamed')}
                        </Badge>
                      )}
                    </span>
                  ) : null}
                </span>
              </label>
              {s.agreedWith ? (
                <label className="checkbox tours-option__free">
                  <input
                    type="checkbox"
                    name="freedSessionIds"
                    value={s.id}
                    checked={isFreed}
                    disabled={!selected.has(s.id)}
                    aria-label={t('sessions.freeLabel', { title })}
                    onChange={(event) => onFreedChange(switched(freed, s.id, event.target.checked))}
                  />
                  {t('sessions.free')}
                </label>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
