// The choirs singing the period's concerts and their intergenerational mix: singers per age
// band (small counts hidden), "not stated" kept apart, and what the figure includes.
import type { ImpactIndicators } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useImpactFormat } from '../lib/format';
import { CategoryTable } from './category-table';

export function ChoirMix({ choirs }: { choirs: ImpactIndicators['choirs'] }) {
  const { t } = useTranslation('impact');
  const format = useImpactFormat();
  return (
    <Card title={t('choirs.title')}>
      <p className="muted">{t('choirs.definition')}</p>
      <div className="impact-grid">
        {choirs.map((choir) => (
          <div key={choir.choirId}>
            <h3 className="impact-choir__name">{choir.name}</h3>
            <p>
              {t('choirs.held', { count: choir.concertsHeld })},{' '}
              {t('choirs.planned', { count: choir.concertsPlanned })}.{' '}
              {t('choirs.singers', { singers: format.people(choir.singers) })}
            </p>
            <CategoryTable
              caption={t('choirs.caption', { name: choir.name })}
              rows={choir.ageBands
                .filter((row) => row.count !== 0 || row.category === 'unknown')
                .map((row) => ({
                  label: row.category === 'unknown' ? t('choirs.notStated') : row.category,
                  value: format.people(row.count),
                }))}
            />
          </div>
        ))}
      </div>
    </Card>
  );
}
