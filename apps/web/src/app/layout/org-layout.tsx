// The shell of organisation pages: a side menu on wide screens, a drawer behind "Menu" on phones.
import './layout.css';
import { Outlet, useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '@/components/ui';
import { useMe } from '@/features/auth';
import { OrgSwitcher, useCurrentOrgOrNull } from '@/features/organisations';
import { useMediaQuery } from '@/lib/hooks/use-media-query';
import { NotFoundPage } from '../pages/not-found-page';
import { AppHeader } from './app-header';
import { NavList } from './nav-list';
import { OfflineStatus } from './offline-status';
import { SimpleShell } from './simple-layout';
import { SkipLink } from './skip-link';

export function OrgLayout() {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 56rem)');
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  const membership = useCurrentOrgOrNull();
  const signedIn = Boolean(useMe().data);

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes the drawer on every page change
  useEffect(() => setMenuOpen(false), [pathname, wide]);

  // Signing out: the account is already forgotten and the sign-in page is on its way.
  if (!signedIn) return null;
  // The membership can vanish while the page is open (removed by an admin).
  if (!membership) {
    return (
      <SimpleShell>
        <NotFoundPage />
      </SimpleShell>
    );
  }

  return (
    <div className="shell">
      <SkipLink />
      <AppHeader
        menuButton={
          wide ? null : (
            <Button
              variant="ghost"
              icon="menu"
              className="app-header__menu"
              aria-haspopup="dialog"
              onClick={() => setMenuOpen(true)}
            >
              {t('shell.openMenu')}
            </Button>
          )
        }
        organisation={wide ? <OrgSwitcher /> : null}
      />
      <OfflineStatus orgId={membership.orgId} />
      <div className="shell__body">
        {wide ? (
          <div className="shell__sidebar">
            <nav className="shell__nav" aria-label={t('shell.mainNavigation')}>
              <NavList />
            </nav>
          </div>
        ) : null}
        <main id="main" tabIndex={-1} className="shell__main">
          <Outlet />
        </main>
      </div>
      {wide ? null : (
        <Dialog
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={t('shell.openMenu')}
          className="drawer"
        >
          <OrgSwitcher />
          <nav aria-label={t('shell.mainNavigation')}>
            <NavList onNavigate={() => setMenuOpen(false)} />
          </nav>
        </Dialog>
      )}
    </div>
  );
}
