// Edits weekly time windows (a day, a start, an end) as rows that can be added and removed.
import './rows-editor.css';
import type { WeeklyWindow } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { useRows } from './use-rows';

type Props = {
  /** Field names are `<name>.<index>.weekday|startsAt|endsAt`. */
  name: string;
  legend: string;
  hint?: string;
  initial: readonly WeeklyWindow[];
  errorAt: (path: string) => string | undefined;
};

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export function useWeekdayNames() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday: ISO weekday n is the n-th of January.
  return (weekday: number) => format.format(new Date(Date.UTC(2024, 0, weekday)));
}

export function WeeklyWindowsEditor({ name, legend, hint, initial, errorAt }: Props) {
  const { t } = useTranslation(['places', 'common']);
  const required = t('common:validation.required');
  const weekdayName = useWeekdayNames();
  const { rows, add, remove } = useRows<WeeklyWindow>(initial, () => ({
    weekday: 1,
    startsAt: '09:00',
    endsAt: '17:00',
  }));
  const options = weekdays.map((day) => ({ value: String(day), label: weekdayName(day) }));

  return (
    <fieldset className="rows-editor">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {rows.length > 0 ? (
        <ol className="rows-editor__list">
          {rows.map((row, index) => {
            const at = `${name}.${index}`;
            // A filled time input only fails on the order of the two times.
            const endError = errorAt(`${at}.endsAt`);
            const orderError =
              endError && endError !== required ? t('windows.endBeforeStart') : endError;
            return (
              <li
                key={row.key}
                className="rows-editor__row"
                aria-label={t('windows.row', { index: index + 1 })}
              >
                <SelectField
                  name={`${at}.weekday`}
                  label={t('windows.weekday')}
                  options={options}
                  defaultValue={String(row.value.weekday)}
                  error={errorAt(`${at}.weekday`)}
                />
                <TextField
                  name={`${at}.startsAt`}
                  type="time"
                  label={t('windows.from')}
                  defaultValue={row.value.startsAt}
                  error={errorAt(`${at}.startsAt`)}
                />
                <TextField
                  name={`${at}.endsAt`}
                  type="time"
                  label={t('windows.to')}
                  defaultValue={row.value.endsAt === '24:00' ? '00:00' : row.value.endsAt}
                  error={orderError}
                />
                <Button
                  variant="ghost"
                  size="small"
                  icon="close"
                  className="rows-editor__remove"
                  aria-label={t('windows.removeNamed', { index: index + 1 })}
                  onClick={() => remove(row.key)}
                >
                  {t('windows.remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <p className="field__hint">{t('windows.toHint')}</p>
      <div>
        <Button variant="secondary" size="small" icon="plus" onClick={add}>
          {t('windows.add')}
        </Button>
      </div>
    </fieldset>
  );
}
