// Pages around one card (sign-in, member invitation, first organisation): header, centred content, footer.
import './layout.css';
import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './app-header';
import { SkipLink } from './skip-link';

export function SimpleShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <SkipLink />
      <AppHeader />
      <main id="main" tabIndex={-1} className="simple-main">
        {children}
      </main>
      <footer className="simple-footer">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}

export function SimpleLayout() {
  return (
    <SimpleShell>
      <Outlet />
    </SimpleShell>
  );
}
