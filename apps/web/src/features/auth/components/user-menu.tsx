// The account button in the header: who is signed in, and signing out.
import './user-menu.css';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { useDisclosure } from '@/lib/hooks/use-disclosure';
import { useMe } from '../api/me';
import { useSignOut } from '../api/sign-out';

function initials(name: string) {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '');
  return (letters[0] ?? '') + (letters.length > 1 ? (letters.at(-1) ?? '') : '');
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { containerRef, buttonProps, panelProps } = useDisclosure();
  if (!me) return null;

  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onSettled: () => void navigate({ to: '/sign-in', replace: true }),
    });

  return (
    <div className="user-menu" ref={containerRef}>
      <button {...buttonProps} className="user-menu__button">
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(me.user.displayName)}
        </span>
        <span className="user-menu__name">{me.user.displayName}</span>
        <span className="visually-hidden">{t('shell.account')}</span>
      </button>
      <div {...panelProps} className="popover">
        <p className="user-menu__identity">
          <strong>{me.user.displayName}</strong>
          <span className="muted">{me.user.email}</span>
        </p>
        <Button
          variant="secondary"
          icon="log-out"
          block
          pending={signOut.isPending}
          onClick={handleSignOut}
        >
          {t('shell.signOut')}
        </Button>
      </div>
    </div>
  );
}
