// The fields of a guardian consent: who signed, when, how, and for what.
import { consentMethods, consentPurposes } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui';
import type { readForm } from '@/lib/read-form';

type Values = ReturnType<typeof readForm>;

/** Reads the consent fields named `<prefix>guardianName`, `<prefix>purposes`... */
export function readConsent(v: Values, prefix = '') {
  return {
    guardianName: v.text(`${prefix}guardianName`),
    givenOn: v.text(`${prefix}givenOn`),
    method: v.text(`${prefix}method`),
    purposes: v.all(`${prefix}purposes`),
  };
}

export function ConsentFields({
  prefix = '',
  errorAt,
}: {
  prefix?: string;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation('participants');
  const path = (name: string) => `${prefix}${name}`;
  return (
    <>
      <TextField
        name={path('guardianName')}
        label={t('consentForm.guardianName')}
        required
        maxLength={160}
        autoComplete="off"
        error={errorAt(path('guardianName'))}
      />
      <TextField
        name={path('givenOn')}
        type="date"
        label={t('consentForm.givenOn')}
        required
        max={today()}
        defaultValue={today()}
        error={errorAt(path('givenOn'))}
      />
      <SelectField
        name={path('method')}
        label={t('consentForm.method')}
        defaultValue="paper"
        options={consentMethods.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
        error={errorAt(path('method'))}
      />
      <CheckboxGroup
        legend={t('consentForm.purposes')}
        hint={errorAt(path('purposes'))}
        options={consentPurposes.map((purpose) => ({
          name: path('purposes'),
          value: purpose,
          label: t(`purposes.${purpose}`),
          checked: purpose === 'participation',
        }))}
      />
    </>
  );
}
