// The top bar: menu button (narrow screens), brand, organisation, language, account.
import './layout.css';
import type { ReactNode } from 'react';
import { LanguageSwitch, UserMenu } from '@/features/auth';
import { Brand } from './brand';

type AppHeaderProps = { menuButton?: ReactNode; organisation?: ReactNode };

export function AppHeader({ menuButton, organisation }: AppHeaderProps) {
  return (
    <header className="app-header">
      {menuButton}
      <Brand />
      {organisation ? <div className="app-header__organisation">{organisation}</div> : null}
      <div className="app-header__end">
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}
