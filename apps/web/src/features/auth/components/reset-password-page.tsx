// Sets a new password from the e-mailed link (`/reset-password?token=…`) and signs in.

import { useNavigate } from '@tanstack/react-router';
import { PasswordSchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useSearchParam } from '@/lib/search-params';
import { useConfirmPasswordReset } from '../api/password-reset';

const NewPasswordSchema = z.object({ password: PasswordSchema });

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const token = useSearchParam('token');
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const form = useSchemaForm({
    schema: NewPasswordSchema,
    onSubmit: async ({ password }) => {
      await confirm.mutateAsync({ token: token ?? '', password });
      await navigate({ to: '/', replace: true });
    },
  });

  return (
    <NarrowPage title={t('reset.title')} description={t('reset.intro')}>
      {token ? (
        <Form formProps={form.formProps} error={form.formError}>
          <TextField
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            label={t('newPassword')}
            hint={t('passwordHint')}
            error={form.fieldError('password')}
          />
          <Button type="submit" pending={form.pending} block>
            {t('reset.submit')}
          </Button>
        </Form>
      ) : (
        <Alert tone="error">{t('verify.missingToken')}</Alert>
      )}
    </NarrowPage>
  );
}
