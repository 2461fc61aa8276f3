// The Tutti name and mark, linking home.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <svg aria-hidden="true" focusable="false" width="28" height="28" viewBox="0 0 32 32">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M20 6v14.5a4.5 4.5 0 1 1-2-3.74V9.5l-6 1.5v11.5a4.5 4.5 0 1 1-2-3.74V9l10-3z"
          fill="#fff"
        />
      </svg>
      <span>{t('appName')}</span>
    </Link>
  );
}
