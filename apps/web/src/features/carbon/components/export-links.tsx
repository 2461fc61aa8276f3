// Download links for the exports: plain links, so the browser saves the file the API names.
import { useTranslation } from 'react-i18next';
import { buttonClass } from '@/components/ui';

export function ExportLinks({ links }: { links: { href: string; label: string }[] }) {
  const { t } = useTranslation('carbon');
  return (
    <p className="carbon-actions">
      <span>{t('download')}</span>
      {links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          download
          className={buttonClass({ variant: 'secondary', size: 'small' })}
        >
          {link.label}
        </a>
      ))}
    </p>
  );
}
