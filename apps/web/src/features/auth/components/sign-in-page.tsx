// Sign-in, with the ways out: forgotten password and a new account.

import { Link, useNavigate } from '@tanstack/react-router';
import { SignInBodySchema } from '@tutti/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { safeRedirectPath, useSearchParam } from '@/lib/search-params';
import { useMe } from '../api/me';
import { useSignIn } from '../api/sign-in';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const redirect = safeRedirectPath(useSearchParam('redirect'));
  const signIn = useSignIn();
  const signedIn = Boolean(useMe().data);
  const form = useSchemaForm({
    schema: SignInBodySchema,
    onSubmit: async (values) => {
      await signIn.mutateAsync(values);
      await navigate({ href: redirect, replace: true });
    },
  });

  // Already signed in (an old tab, the back button): straight to where the person was going.
  useEffect(() => {
    if (signedIn && !form.pending) void navigate({ href: redirect, replace: true });
  }, [signedIn, form.pending, navigate, redirect]);

  return (
    <NarrowPage
      title={t('signIn.title')}
      description={t('signIn.intro')}
      links={
        <>
          <p>
            <Link to="/forgot-password">{t('signIn.forgot')}</Link>
          </p>
          <p>
            {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.createAccount')}</Link>
          </p>
        </>
      }
    >
      <Form formProps={form.formProps} error={form.formError}>
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
          autoComplete="current-password"
          required
          label={t('password')}
          error={form.fieldError('password')}
        />
        <Button type="submit" pending={form.pending} block>
          {t('signIn.submit')}
        </Button>
      </Form>
    </NarrowPage>
  );
}
