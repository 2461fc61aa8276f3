// Adds or corrects an agreement: title, dates, scope.
import { type PartnerAgreement, PartnerAgreementCreateBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, TextAreaField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useSaveAgreement } from '../api/agreements';

type Props = {
  orgId: string;
  partnerId: string;
  agreement: PartnerAgreement | null;
  onDone: () => void;
};

function readAgreement(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    title: v.text('title'),
    startsOn: v.text('startsOn'),
    endsOn: v.optionalText('endsOn'),
    scope: v.optionalText('scope'),
  };
}

export function AgreementForm({ orgId, partnerId, agreement, onDone }: Props) {
  const { t } = useTranslation(['partners', 'common', 'places']);
  const save = useSaveAgreement(orgId, partnerId, agreement?.id ?? null);
  const form = useSchemaForm({
    schema: PartnerAgreementCreateBodySchema,
    read: readAgreement,
    onSubmit: async (values) => {
      await save.mutateAsync(values);
      onDone();
    },
  });
  const endError = form.fieldError('endsOn');
  return (
    <Form formProps={form.formProps} error={form.formError}>
      <TextField
        name="title"
        label={t('agreements.titleField')}
        required
        maxLength={200}
        defaultValue={agreement?.title ?? ''}
        error={form.fieldError('title')}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t('agreements.startsOn')}
        required
        defaultValue={agreement?.startsOn ?? ''}
        error={form.fieldError('startsOn')}
      />
      <TextField
        name="endsOn"
        type="date"
        label={t('agreements.endsOn')}
        hint={t('agreements.endsOnHint')}
        defaultValue={agreement?.endsOn ?? ''}
        error={endError ? t('places:ranges.endBeforeStart') : undefined}
      />
      <TextAreaField
        id="agreement-scope"
        name="scope"
        label={t('agreements.scope')}
        rows={3}
        maxLength={2000}
        defaultValue={agreement?.scope ?? ''}
        error={form.fieldError('scope')}
      />
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {t('common:save')}
        </Button>
      </div>
    </Form>
  );
}
