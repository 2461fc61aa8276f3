// Asks for a password-reset link; the answer never tells whether the account exists.

import { Link } from '@tanstack/react-router';
import { PasswordResetRequestBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useRequestPasswordReset } from '../api/password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: PasswordResetRequestBodySchema,
    onSubmit: async (values) => {
      await request.mutateAsync(values);
      setSentTo(values.email);
    },
  });

  return (
    <NarrowPage
      title={t('forgot.title')}
      description={sentTo ? undefined : t('forgot.intro')}
      links={
        <p>
          <Link to="/sign-in">{t('forgot.back')}</Link>
        </p>
      }
    >
      {sentTo ? (
        <Alert tone="success">
          <p>{t('forgot.sent', { email: sentTo })}</p>
        </Alert>
      ) : (
        <Form formProps={form.formProps} error={form.formError}>
          <TextField
            name="email"
            type="email"
            autoComplete="email"
            required
            label={t('email')}
            error={form.fieldError('email')}
          />
          <Button type="submit" pending={form.pending} block>
            {t('forgot.submit')}
          </Button>
        </Form>
      )}
    </NarrowPage>
  );
}
