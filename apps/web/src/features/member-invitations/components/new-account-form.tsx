// Name and password for a person who joins through a member invitation and has no account yet.
import { DisplayNameSchema, PasswordSchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button, Form, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';

const NewAccountSchema = z.object({ displayName: DisplayNameSchema, password: PasswordSchema });

type NewAccountFormProps = {
  email: string;
  submitLabel: string;
  onSubmit: (values: z.output<typeof NewAccountSchema>) => Promise<unknown>;
};

export function NewAccountForm({ email, submitLabel, onSubmit }: NewAccountFormProps) {
  const { t } = useTranslation('auth');
  const form = useSchemaForm({ schema: NewAccountSchema, onSubmit });
  return (
    <Form formProps={form.formProps} error={form.formError}>
      <TextField
        name="email-shown"
        type="email"
        label={t('email')}
        value={email}
        readOnly
        autoComplete="username"
      />
      <TextField
        name="displayName"
        autoComplete="name"
        required
        label={t('displayName')}
        hint={t('displayNameHint')}
        error={form.fieldError('displayName')}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        label={t('password')}
        hint={t('passwordHint')}
        error={form.fieldError('password')}
      />
      <Button type="submit" block pending={form.pending}>
        {submitLabel}
      </Button>
    </Form>
  );
}
