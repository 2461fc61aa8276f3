// The root of every page: keeps the tab title and the account's language in step with the route.
import { Outlet, useMatches, useParams } from '@tanstack/react-router';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountLocale, useMe } from '@/features/auth';
import { useTranslateKey } from '@/lib/features';

function useDocumentTitle() {
  const { t } = useTranslation();
  const translate = useTranslateKey();
  const matches = useMatches();
  const { orgId } = useParams({ strict: false });
  const orgName = useMe().data?.memberships.find((m) => m.orgId === orgId)?.orgName;
  const failed = matches.some((match) => match.status === 'error' || match.status === 'notFound');
  const titleKey = matches.findLast((match) => match.staticData.titleKey)?.staticData.titleKey;
  const pageTitle = titleKey ? translate(titleKey) : null;
  // A layout effect runs before the pages' own effects, so error and not-found pages, which set
  // their own title, have the last word.
  useLayoutEffect(() => {
    if (failed || !pageTitle) return;
    document.title = [pageTitle, orgName, t('appName')].filter(Boolean).join(' · ');
  }, [failed, pageTitle, orgName, t]);
}

export function RootLayout() {
  useAccountLocale();
  useDocumentTitle();
  return <Outlet />;
}
