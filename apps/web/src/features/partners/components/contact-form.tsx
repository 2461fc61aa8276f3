// Adds or corrects a contact person of a partner.
import { type PartnerContact, PartnerContactCreateBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useSaveContact } from '../api/contacts';

type Props = {
  orgId: string;
  partnerId: string;
  contact: PartnerContact | null;
  onDone: () => void;
};

function readContact(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    name: v.text('name'),
    jobTitle: v.optionalText('jobTitle'),
    email: v.optionalText('email'),
    phone: v.optionalText('phone'),
  };
}

export function ContactForm({ orgId, partnerId, contact, onDone }: Props) {
  const { t } = useTranslation(['partners', 'common']);
  const save = useSaveContact(orgId, partnerId, contact?.id ?? null);
  const form = useSchemaForm({
    schema: PartnerContactCreateBodySchema,
    read: readContact,
    onSubmit: async (values) => {
      await save.mutateAsync(values);
      onDone();
    },
  });
  return (
    <Form formProps={form.formProps} error={form.formError}>
      <TextField
        name="name"
        label={t('contacts.name')}
        required
        autoComplete="off"
        defaultValue={contact?.name ?? ''}
        error={form.fieldError('name')}
      />
      <TextField
        name="jobTitle"
        label={t('contacts.jobTitle')}
        defaultValue={contact?.jobTitle ?? ''}
        error={form.fieldError('jobTitle')}
      />
      <TextField
        name="email"
        type="email"
        label={t('contacts.email')}
        autoComplete="off"
        defaultValue={contact?.email ?? ''}
        error={form.fieldError('email')}
      />
      <TextField
        name="phone"
        type="tel"
        label={t('contacts.phone')}
        autoComplete="off"
        defaultValue={contact?.phone ?? ''}
        error={form.fieldError('phone')}
      />
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {t('common:save')}
        </Button>
      </div>
    </Form>
  );
}
