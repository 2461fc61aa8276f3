// Sign-up, then a "check your e-mail" screen: the account opens from the e-mailed link.

import { Link } from '@tanstack/react-router';
import { SignUpBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { currentLocale } from '@/lib/i18n/locale';
import { useSignUp } from '../api/sign-up';

export function SignUpPage() {
  const { t, i18n } = useTranslation('auth');
  const signUp = useSignUp();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: SignUpBodySchema,
    onSubmit: async (values) => {
      await signUp.mutateAsync({ ...values, locale: currentLocale(i18n) });
      setSentTo(values.email);
    },
  });

  if (sentTo) {
    return (
      <NarrowPage title={t('signUp.checkTitle')}>
        <div className="stack">
          <Alert tone="success">
            <p>{t('signUp.checkText', { email: sentTo })}</p>
          </Alert>
          <p className="muted">{t('signUp.checkSpam')}</p>
        </div>
      </NarrowPage>
    );
  }

  return (
    <NarrowPage
      title={t('signUp.title')}
      description={t('signUp.intro')}
      links={
        <p>
          {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.signIn')}</Link>
        </p>
      }
    >
      <Form formProps={form.formProps} error={form.formError}>
        <TextField
          name="displayName"
          autoComplete="name"
          required
          label={t('displayName')}
          hint={t('displayNameHint')}
          error={form.fieldError('displayName')}
        />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          required
          label={t('email')}
          error={form.fieldError('email')}
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
        <Button type="submit" pending={form.pending} block>
          {t('signUp.submit')}
        </Button>
      </Form>
    </NarrowPage>
  );
}
