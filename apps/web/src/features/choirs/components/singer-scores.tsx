// The printed copies a singer holds (lent by the choir, not yet returned); shown only when
// they hold some.
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useMyScores } from '../api/scores';

export function SingerScores({ orgId, choirId }: { orgId: string; choirId: string }) {
  const { t } = useTranslation('choirs');
  const dates = useDateFormat();
  const mine = useMyScores(orgId, choirId);
  const items = mine.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('scores.mine')}>
      <p className="singer-list__meta">{t('scores.mineHint')}</p>
      <ul className="scores-loans">
        {items.map((loan) => (
          <li key={loan.id}>
            <span>
              <strong>{loan.pieceTitle}</strong>
              {' — '}
              {t('scores.loanLine', {
                count: loan.copies,
                date: dates.date(`${loan.lentOn}T12:00:00Z`),
              })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
