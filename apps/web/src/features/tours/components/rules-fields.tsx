// The rules of a run: how far dates may move, the hours and days allowed, holidays, time to compute.
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, TextField, useWeekdayNames } from '@/components/ui';

type Props = { fieldErrorAt: (path: string) => string | undefined };

export function RulesFields({ fieldErrorAt }: Props) {
  const { t } = useTranslation('tours');
  const weekdayName = useWeekdayNames();
  return (
    <div className="stack">
      <TextField
        label={t('rules.windowDays')}
        hint={t('rules.windowDaysHint')}
        name="windowDays"
        type="number"
        inputMode="numeric"
        min={0}
        max={90}
        defaultValue={7}
        error={fieldErrorAt('windowDays')}
      />
      <div className="tours-row">
        <TextField
          label={t('rules.hoursFrom')}
          name="hoursFrom"
          type="time"
          defaultValue="08:30"
          error={fieldErrorAt('hours.from')}
        />
        <TextField
          label={t('rules.hoursTo')}
          name="hoursTo"
          type="time"
          defaultValue="17:30"
          error={fieldErrorAt('hours.to')}
        />
      </div>
      <p className="field__hint">{t('rules.hoursHint')}</p>
      <CheckboxGroup
        legend={t('rules.weekdays')}
        options={[1, 2, 3, 4, 5, 6, 7].map((day) => ({
          name: 'weekdays',
          value: String(day),
          label: weekdayName(day),
          checked: day <= 5,
        }))}
      />
      <label className="checkbox">
        <input type="checkbox" name="avoidPublicHolidays" defaultChecked />
        {t('rules.holidays')}
      </label>
      <label className="checkbox">
        <input type="checkbox" name="keepCurrentAssignments" />
        {t('rules.keepCurrent')}
      </label>
      <TextField
        label={t('rules.timeLimit')}
        hint={t('rules.timeLimitHint')}
        name="timeLimitSec"
        type="number"
        inputMode="numeric"
        min={1}
        max={300}
        defaultValue={20}
        error={fieldErrorAt('timeLimitSec')}
      />
    </div>
  );
}
