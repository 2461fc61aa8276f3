// Shown when a page cannot be shown: the viewer's role does not allow it, or something failed.
import type { ErrorComponentProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, NarrowPage } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { reportNetworkFailure } from '@/lib/offline/connectivity';
import { isChunkLoadError } from '@/lib/offline/offline-pages';
import { useConnectivity } from '@/lib/offline/use-offline-log';

/** Thrown by a route whose page the viewer's role may not open. */
export class ForbiddenError extends Error {
  constructor() {
    super('This role may not open this page');
    this.name = 'ForbiddenError';
  }
}

/** The page's code or data could not be downloaded: the network, not the page, is at fault. */
function isUnreachable(error: unknown) {
  return isChunkLoadError(error) || isApiError(error, 'CLIENT.NETWORK');
}

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const forbidden = error instanceof ForbiddenError;
  const unreachable = isUnreachable(error);
  const { online } = useConnectivity();
  const title = forbidden
    ? t('pages.forbidden')
    : unreachable
      ? t('offline.pageTitle')
      : t('pages.error');
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  useEffect(() => {
    if (unreachable) reportNetworkFailure();
  }, [unreachable]);
  // The network came back: load the page again by itself. Reloading, because a page chunk that
  // failed to download stays failed in this document (the router and the browser keep the error).
  const wasOffline = useRef(!online);
  useEffect(() => {
    if (!unreachable) return;
    if (!online) wasOffline.current = true;
    else if (wasOffline.current) window.location.reload();
  }, [unreachable, online]);
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
      ) : unreachable ? (
        <p>{t('offline.pageText')}</p>
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
