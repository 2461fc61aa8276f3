// The rules of a run: how far dates may move, the hours and days allowed, holidays, the artists'
// lunch break, changing the current plan as little as possible, time to compute.
import { DEFAULT_LUNCH_BREAK } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, TextField, useWeekdayNames } from '@/components/ui';

type Props = {
  fieldErrorAt: (path: string) => string | undefined;
  /** Sessions of the run whose date is agreed with a partner (and not freed). */
  agreedCount: number;
  keepCurrent: boolean;
  onKeepCurrentChange: (on: boolean) => void;
};

export function RulesFields({
  fieldErrorAt,
  agreedCount,
  keepCurrent,
  onKeepCurrentChange,
}: Props) {
  const { t } = useTranslation('tours');
  const weekdayName = useWeekdayNames();
  const [lunch, setLunch] = useState(true);
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
      <fieldset className="tours-lunch">
        <legend>
          <label className="checkbox">
            <input
              type="checkbox"
              name="lunchBreak"
              checked={lunch}
              onChange={(event) => setLunch(event.target.checked)}
              aria-describedby="tours-lunch-hint"
            />
            {t('rules.lunch')}
          </label>
        </legend>
        <p className="field__hint" id="tours-lunch-hint">
          {t('rules.lunchHint')}
        </p>
        {lunch ? (
          <div className="tours-row">
            <TextField
              label={t('rules.lunchFrom')}
              name="lunchFrom"
              type="time"
              defaultValue={DEFAULT_LUNCH_BREAK.from}
              error={fieldErrorAt('lunchBreak.from')}
            />
            <TextField
              label={t('rules.lunchTo')}
              name="lunchTo"
              type="time"
              defaultValue={DEFAULT_LUNCH_BREAK.to}
              error={fieldErrorAt('lunchBreak.to')}
            />
            <TextField
              label={t('rules.lunchMinutes')}
              name="lunchMinutes"
              type="number"
              inputMode="numeric"
              min={5}
              max={180}
              defaultValue={DEFAULT_LUNCH_BREAK.minutes}
              error={fieldErrorAt('lunchBreak.minutes')}
            />
          </div>
        ) : null}
      </fieldset>
      <div>
        <label className="checkbox">
          <input
            type="checkbox"
            name="keepCurrentAssignments"
            checked={keepCurrent}
            onChange={(event) => onKeepCurrentChange(event.target.checked)}
            aria-describedby={agreedCount > 0 && keepCurrent ? 'tours-keep-hint' : undefined}
          />
          {t('rules.keepCurrent')}
        </label>
        {agreedCount > 0 && keepCurrent ? (
          <p className="field__hint" id="tours-keep-hint">
            {t('rules.keepCurrentAgreed', { count: agreedCount })}
          </p>
        ) : null}
      </div>
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
