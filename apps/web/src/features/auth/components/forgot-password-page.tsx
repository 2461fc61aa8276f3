// Asks for a password-reset link; the answer never tells whether the account exists.

import { Link } from '@tanstack/react-router';
import { type AccountMailAccepted, PasswordResetRequestBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useRequestPasswordReset } from '../api/password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const request = useRequestPasswordReset();
  const [sent, setSent] = useState<{
    to: string;
    delivery: AccountMailAccepted['delivery'];
  } | null>(null);
  const form = useSchemaForm({
    schema: PasswordResetRequestBodySchema,
    onSubmit: async (values) => {
      const answer = await request.mutateAsync(values);
      setSent({ to: values.email, delivery: answer.delivery });
    },
  });

  return (
    <NarrowPage
      title={t('forgot.title')}
      description={sent ? undefined : t('forgot.intro')}
      links={
        <p>
          <Link to="/sign-in">{t('forgot.back')}</Link>
        </p>
      }
    >
      {sent ? (
        <Alert tone={sent.delivery === 'serverConsole' ? 'info' : 'success'}>
          <p>
            {t(sent.delivery === 'serverConsole' ? 'forgot.consoleSent' : 'forgot.sent', {
              email: sent.to,
            })}
          </p>
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
