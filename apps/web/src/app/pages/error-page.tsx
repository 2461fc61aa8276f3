// Shown when a page cannot be shown: the viewer's role does not allow it, or something failed.
import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, NarrowPage } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';

/** Thrown by a route whose page the viewer's role may not open. */
export class ForbiddenError extends Error {
  constructor() {
    super('This role may not open this page');
    this.name = 'ForbiddenError';
  }
}

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const forbidden = error instanceof ForbiddenError;
  const title = forbidden ? t('pages.forbidden') : t('pages.error');
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  return (
    <NarrowPage
      title={title}
      links={
        <p>
          <Link to="/">{t('pages.backHome')}</Link>
        </p>
      }
    >
      {forbidden ? (
        <p>{t('pages.forbiddenText')}</p>
      ) : (
        <div className="stack">
          <Alert tone="error">{errorText(error)}</Alert>
          <div>
            <Button variant="secondary" onClick={reset}>
              {t('pages.retry')}
            </Button>
          </div>
        </div>
      )}
    </NarrowPage>
  );
}
