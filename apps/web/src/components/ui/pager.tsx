// Previous / next over a paginated list, with where the reader is.
import './pager.css';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

export function Pager({ offset, limit, total, onChange }: Props) {
  const { t } = useTranslation(['places', 'common']);
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages === 1) return null;
  const page = Math.floor(offset / limit) + 1;
  return (
    <nav className="pager" aria-label={t('pagination')}>
      <Button
        variant="secondary"
        size="small"
        disabled={page === 1}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('common:previous')}
      </Button>
      <span>{t('pageOf', { page, pages })}</span>
      <Button
        variant="secondary"
        size="small"
        disabled={page === pages}
        onClick={() => onChange(offset + limit)}
      >
        {t('common:next')}
      </Button>
    </nav>
  );
}
