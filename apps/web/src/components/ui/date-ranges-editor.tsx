// Edits inclusive date ranges with a reason (blackouts, unavailability) as rows.
import './rows-editor.css';
import type { DateRange } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { TextField } from './text-field';
import { useRows } from './use-rows';

type Props = {
  /** Field names are `<name>.<index>.startsOn|endsOn|reason`. */
  name: string;
  legend: string;
  hint?: string;
  initial: readonly DateRange[];
  errorAt: (path: string) => string | undefined;
};

export function DateRangesEditor({ name, legend, hint, initial, errorAt }: Props) {
  const { t } = useTranslation(['places', 'common']);
  const required = t('common:validation.required');
  const { rows, add, remove } = useRows<DateRange>(initial, () => ({
    startsOn: '',
    endsOn: '',
    reason: null,
  }));

  return (
    <fieldset className="rows-editor">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {rows.length > 0 ? (
        <ol className="rows-editor__list">
          {rows.map((row, index) => {
            const at = `${name}.${index}`;
            const endError = errorAt(`${at}.endsOn`);
            // A filled date input only fails on the order of the two dates.
            const orderError =
              endError && endError !== required ? t('ranges.endBeforeStart') : endError;
            return (
              <li
                key={row.key}
                className="rows-editor__row rows-editor__row--ranges"
                aria-label={t('ranges.row', { index: index + 1 })}
              >
                <TextField
                  name={`${at}.startsOn`}
                  type="date"
                  label={t('ranges.from')}
                  defaultValue={row.value.startsOn}
                  error={errorAt(`${at}.startsOn`)}
                />
                <TextField
                  name={`${at}.endsOn`}
                  type="date"
                  label={t('ranges.to')}
                  defaultValue={row.value.endsOn}
                  error={orderError}
                />
                <TextField
                  name={`${at}.reason`}
                  label={t('ranges.reason')}
                  defaultValue={row.value.reason ?? ''}
                  maxLength={200}
                  error={errorAt(`${at}.reason`)}
                />
                <Button
                  variant="ghost"
                  size="small"
                  icon="close"
                  className="rows-editor__remove"
                  aria-label={t('ranges.removeNamed', { index: index + 1 })}
                  onClick={() => remove(row.key)}
                >
                  {t('ranges.remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div>
        <Button variant="secondary" size="small" icon="plus" onClick={add}>
          {t('ranges.add')}
        </Button>
      </div>
    </fieldset>
  );
}
