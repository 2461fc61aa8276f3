// Sign-up, then a "check your e-mail" screen: the account opens from the e-mailed link (printed on
// the server's console when it has no SMTP).

import { Link } from '@tanstack/react-router';
import { type AccountMailAccepted, SignUpBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { currentLocale } from '@/lib/i18n/locale';
import { useSignUp } from '../api/sign-up';

export function SignUpPage() {
  const { t, i18n } = useTranslation('auth');
  const signUp = useSignUp();
  const [sent, setSent] = useState<{
    to: string;
    delivery: AccountMailAccepted['delivery'];
  } | null>(null);
  const form = useSchemaForm({
    schema: SignUpBodySchema,
    onSubmit: async (values) => {
      const answer = await signUp.mutateAsync({ ...values, locale: currentLocale(i18n) });
      setSent({ to: values.email, delivery: answer.delivery });
    },
  });

  if (sent?.delivery === 'serverConsole') {
    return (
      <NarrowPage title={t('signUp.consoleTitle')}>
        <Alert tone="info">
          <p>{t('signUp.consoleText')}</p>
        </Alert>
      </NarrowPage>
    );
  }
  if (sent) {
    return (
      <NarrowPage title={t('signUp.checkTitle')}>
        <div className="stack">
          <Alert tone="success">
            <p>{t('signUp.checkText', { email: sent.to })}</p>
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
