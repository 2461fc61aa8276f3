// Opens the account from the e-mailed link (`/verify-email?token=…`), then goes home.
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, NarrowPage } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSearchParam } from '@/lib/search-params';
import { useVerifyEmail } from '../api/verify-email';

export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  const errorText = useErrorText();
  const token = useSearchParam('token');
  const navigate = useNavigate();
  const verify = useVerifyEmail();
  const started = useRef(false);

  useEffect(() => {
    // The token works once; React's development double effects must not spend it twice.
    if (!token || started.current) return;
    started.current = true;
    verify.mutate(token, { onSuccess: () => void navigate({ to: '/', replace: true }) });
  }, [token, verify, navigate]);

  return (
    <NarrowPage title={t('verify.title')}>
      {!token ? <Alert tone="error">{t('verify.missingToken')}</Alert> : null}
      {verify.isError ? (
        <Alert tone="error">
          <p>{errorText(verify.error)}</p>
          <p>
            <Link to="/sign-in">{t('signUp.signIn')}</Link>
          </p>
        </Alert>
      ) : null}
      {token && !verify.isError ? (
        <p role="status" className="muted">
          {t('verify.pending')}
        </p>
      ) : null}
    </NarrowPage>
  );
}
