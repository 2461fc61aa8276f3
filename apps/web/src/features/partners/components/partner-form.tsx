// Creates or edits a partner: name, type, address with its commune, notes.
import {
  type Partner,
  type PartnerCreateBody,
  PartnerCreateBodySchema,
  partnerTypes,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, SelectField, TextAreaField, TextField } from '@/components/ui';
import { AddressFields } from '@/features/places';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';

type Props = {
  partner?: Partner;
  submitLabel: string;
  onSubmit: (body: PartnerCreateBody) => Promise<unknown>;
};

function readPartner(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    name: v.text('name'),
    type: v.text('type'),
    addressLine: v.optionalText('addressLine'),
    postalCode: v.optionalText('postalCode'),
    communeCode: v.optionalText('communeCode'),
    communeName: v.optionalText('communeName'),
    notes: v.optionalText('notes'),
  };
}

export function PartnerForm({ partner, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('partners');
  const form = useSchemaForm({
    schema: PartnerCreateBodySchema,
    read: readPartner,
    onSubmit: (values) => onSubmit(values),
  });

  return (
    <Form formProps={form.formProps} error={form.formError}>
      <TextField
        name="name"
        label={t('form.name')}
        required
        maxLength={200}
        defaultValue={partner?.name ?? ''}
        error={form.fieldError('name')}
      />
      <SelectField
        name="type"
        label={t('form.type')}
        defaultValue={partner?.type ?? 'municipality'}
        options={partnerTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        error={form.fieldError('type')}
      />
      <AddressFields defaults={partner ?? {}} errorAt={form.fieldErrorAt} />
      <TextAreaField
        id="partner-notes"
        name="notes"
        label={t('form.notes')}
        rows={3}
        maxLength={4000}
        defaultValue={partner?.notes ?? ''}
        error={form.fieldError('notes')}
      />
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
