// Lists an ensemble or edits its listing: what it is, where and when it rehearses, who it takes,
// its fees, its contact and the language its e-mails are written in; sent at once.
import {
  ageBands,
  type Ensemble,
  type EnsembleCreateBody,
  EnsembleCreateBodySchema,
  ensembleKinds,
  ensembleLanguages,
  ensembleParts,
  frequencyOf,
  languageName,
  locales,
  musicGenres,
  type RehearsalFrequency,
  rehearsalFrequencies,
  ruleOf,
  type WeekdayCode,
  weekdayCodes,
} from '@tutti/contracts';
import './ensemble-form.css';
import { useTranslation } from 'react-i18next';
import {
  Button,
  CheckboxGroup,
  Form,
  RowsFieldset,
  SelectField,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { AddressFields } from '@/features/places';
import { useSchemaForm } from '@/lib/form';
import { currentLocale } from '@/lib/i18n/locale';
import { readForm } from '@/lib/read-form';

type Props = {
  ensemble?: Ensemble;
  submitLabel: string;
  onSubmit: (body: EnsembleCreateBody) => Promise<unknown>;
};

type RehearsalRow = {
  day: WeekdayCode;
  /** `rule` when the listing's rule is none the form offers: kept as it is. */
  frequency: RehearsalFrequency | 'rule';
  rule: string;
  startTime: string;
  durationMin: number;
};

const blankRehearsal = (): RehearsalRow => ({
  day: 'TU',
  frequency: 'weekly',
  rule: '',
  startTime: '20:00',
  durationMin: 120,
});

/** Euros typed ("60", "60,50") as cents; null when blank, NaN (refused) otherwise. */
function cents(value: number | null) {
  return value === null ? null : Math.round(value * 100);
}

function readEnsemble(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    name: v.text('name'),
    kind: v.text('kind'),
    language: v.text('language'),
    description: v.optionalText('description'),
    places: [
      {
        addressLine: v.optionalText('addressLine'),
        postalCode: v.optionalText('postalCode'),
        communeCode: v.optionalText('communeCode'),
        communeName: v.optionalText('communeName'),
      },
    ],
    rehearsals: v.rows('rehearsals').map((row) => ({
      rule:
        row.frequency === 'rule'
          ? (row.rule ?? '')
          : ruleOf(
              (row.day ?? 'TU') as WeekdayCode,
              (row.frequency ?? 'weekly') as RehearsalFrequency,
            ),
      startTime: row.startTime ?? '',
      durationMin: Number(row.durationMin),
    })),
    genres: v.all('genres'),
    ageBands: v.all('ageBands'),
    partsSought: v.all('partsSought'),
    workingLanguages: v.all('workingLanguages'),
    auditionRequired: v.checked('auditionRequired'),
    annualFeeCents: cents(v.number('annualFee')),
    solidarityFeeCents: cents(v.number('solidarityFee')),
    contactName: v.optionalText('contactName'),
    contactEmail: v.optionalText('contactEmail'),
    contactPhone: v.optionalText('contactPhone'),
    website: v.optionalText('website'),
  };
}

const euros = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value / 100).replace('.', ',');

export function EnsembleForm({ ensemble, submitLabel, onSubmit }: Props) {
  const { t, i18n } = useTranslation(['directory', 'vocabulary']);
  const locale = currentLocale(i18n);
  const form = useSchemaForm({ schema: EnsembleCreateBodySchema, read: readEnsemble, onSubmit });
  const place = ensemble?.places[0];
  const rehearsals: RehearsalRow[] = ensemble
    ? ensemble.rehearsals.map((r) => {
        const known = frequencyOf(r.rule);
        return {
          day: known?.day ?? 'TU',
          frequency: known?.frequency ?? 'rule',
          rule: r.rule,
          startTime: r.startTime,
          durationMin: r.durationMin,
        };
      })
    : [blankRehearsal()];
  const boxes = (name: string, values: readonly string[], checked: readonly string[] = []) =>
    values.map((value) => ({
      name,
      value,
      label: t(
        `vocabulary:${name === 'genres' ? 'musicGenre' : name === 'ageBands' ? 'ageBand' : 'ensemblePart'}.${value}` as never,
      ),
      checked: checked.includes(value),
    }));

  return (
    <div className="wide-form">
      <Form
        formProps={form.formProps}
        error={form.formError}
        label={ensemble?.name ?? t('form.newTitle')}
      >
        <TextField
          name="name"
          label={t('form.name')}
          required
          maxLength={200}
          defaultValue={ensemble?.name ?? ''}
          error={form.fieldError('name')}
        />
        <SelectField
          name="kind"
          label={t('form.kind')}
          defaultValue={ensemble?.kind ?? 'choir'}
          options={ensembleKinds.map((kind) => ({
            value: kind,
            label: t(`vocabulary:ensembleKind.${kind}`),
          }))}
          error={form.fieldError('kind')}
        />
        <AddressFields
          defaults={place ?? {}}
          errorAt={(path) => form.fieldErrorAt(`places.0.${path}`)}
        />
        <RowsFieldset<RehearsalRow>
          name="rehearsals"
          legend={t('form.rehearsals')}
          addLabel={t('form.addRehearsal')}
          initial={rehearsals}
          blank={blankRehearsal}
          rowClassName="rehearsal-row"
          renderRow={({ at, value }) => (
            <>
              <SelectField
                name={`${at}.frequency`}
                label={t('form.frequency')}
                defaultValue={value.frequency}
                options={[
                  ...rehearsalFrequencies.map((frequency) => ({
                    value: frequency,
                    label: t(`form.frequencies.${frequency}`),
                  })),
                  ...(value.frequency === 'rule'
                    ? [{ value: 'rule', label: t('form.frequencies.rule', { rule: value.rule }) }]
                    : []),
                ]}
              />
              <input type="hidden" name={`${at}.rule`} value={value.rule} />
              <SelectField
                name={`${at}.day`}
                label={t('form.day')}
                defaultValue={value.day}
                options={weekdayCodes.map((day) => ({
                  value: day,
                  label: t(`vocabulary:weekday.${day}`),
                }))}
              />
              <TextField
                name={`${at}.startTime`}
                type="time"
                label={t('form.startTime')}
                defaultValue={value.startTime}
                error={form.fieldErrorAt(`${at}.startTime`) ?? form.fieldErrorAt(`${at}.rule`)}
              />
              <TextField
                name={`${at}.durationMin`}
                label={t('form.duration')}
                inputMode="numeric"
                className="field--short"
                defaultValue={value.durationMin}
                error={form.fieldErrorAt(`${at}.durationMin`)}
              />
            </>
          )}
        />
        <CheckboxGroup
          legend={t('form.genres')}
          options={boxes('genres', musicGenres, ensemble?.genres)}
        />
        <CheckboxGroup
          legend={t('form.ageBands')}
          options={boxes('ageBands', ageBands, ensemble?.ageBands)}
        />
        <CheckboxGroup
          legend={t('form.partsSought')}
          options={boxes('partsSought', ensembleParts, ensemble?.partsSought)}
        />
        <CheckboxGroup
          legend={t('form.workingLanguages')}
          options={ensembleLanguages.map((code) => ({
            name: 'workingLanguages',
            value: code,
            label: languageName(code, locale),
            checked: ensemble?.workingLanguages.includes(code) ?? false,
          }))}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name="auditionRequired"
            defaultChecked={ensemble?.auditionRequired ?? false}
          />
          {t('form.auditionRequired')}
        </label>
        <TextField
          name="annualFee"
          label={t('form.annualFee')}
          inputMode="decimal"
          className="field--short"
          defaultValue={euros(ensemble?.annualFeeCents)}
          error={form.fieldError('annualFeeCents')}
        />
        <TextField
          name="solidarityFee"
          label={t('form.solidarityFee')}
          inputMode="decimal"
          className="field--short"
          defaultValue={euros(ensemble?.solidarityFeeCents)}
          error={form.fieldError('solidarityFeeCents')}
        />
        <TextAreaField
          id="ensemble-description"
          name="description"
          label={t('form.description')}
          rows={3}
          maxLength={2000}
          defaultValue={ensemble?.description ?? ''}
          error={form.fieldError('description')}
        />
        <TextField
          name="contactName"
          label={t('form.contactName')}
          maxLength={120}
          autoComplete="off"
          defaultValue={ensemble?.contactName ?? ''}
          error={form.fieldError('contactName')}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={t('form.contactEmail')}
          hint={t('form.contactEmailHint')}
          autoComplete="off"
          defaultValue={ensemble?.contactEmail ?? ''}
          error={form.fieldError('contactEmail')}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={t('form.contactPhone')}
          autoComplete="off"
          defaultValue={ensemble?.contactPhone ?? ''}
          error={form.fieldError('contactPhone')}
        />
        <TextField
          name="website"
          type="url"
          label={t('form.website')}
          defaultValue={ensemble?.website ?? ''}
          error={form.fieldError('website')}
        />
        <SelectField
          name="language"
          label={t('form.language')}
          hint={t('form.languageHint')}
          defaultValue={ensemble?.language ?? 'fr'}
          options={locales.map((locale) => ({
            value: locale,
            label: t(`form.languages.${locale}`),
          }))}
          error={form.fieldError('language')}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {submitLabel}
          </Button>
        </div>
      </Form>
    </div>
  );
}
