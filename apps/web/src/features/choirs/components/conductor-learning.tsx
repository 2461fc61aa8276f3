// Learning statuses per part, summed over the season's pieces (one count per singer and piece):
// ready, ready for check, learning, and not said yet.
import type { ChoirReadiness } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '@/components/ui';
import { usePercent } from '../lib/percent';

type Props = { readiness: ChoirReadiness; siteId: string | null };

export function ConductorLearning({ readiness, siteId }: Props) {
  const { t } = useTranslation('choirs');
  const percent = usePercent();
  const rows = readiness.parts.map((part) => {
    const sum = { singers: 0, ready: 0, readyForCheck: 0, learning: 0 };
    for (const cell of readiness.cells) {
      if (cell.partId !== part.id || (siteId !== null && cell.siteId !== siteId)) continue;
      sum.singers += cell.singers;
      sum.ready += cell.ready;
      sum.readyForCheck += cell.readyForCheck;
      sum.learning += cell.learning;
    }
    const unsaid = Math.max(0, sum.singers - sum.ready - sum.readyForCheck - sum.learning);
    return { part, ...sum, unsaid };
  });
  return (
    <>
      <h3 className="choir-subheading">{t('conductor.learning.title')}</h3>
      <p className="field__hint">{t('conductor.learning.hint')}</p>
      <ScrollTable label={t('conductor.learning.title')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('conductor.roster.part')}</th>
              <th scope="col" className="num">
                {t('learning.ready')}
              </th>
              <th scope="col" className="num">
                {t('learning.ready_for_check')}
              </th>
              <th scope="col" className="num">
                {t('learning.learning')}
              </th>
              <th scope="col" className="num">
                {t('conductor.learning.unsaid')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.part.id}>
                <th scope="row">{row.part.code}</th>
                <td className="num">
                  {row.ready} ({percent(row.singers ? row.ready / row.singers : null)})
                </td>
                <td className="num">{row.readyForCheck}</td>
                <td className="num">{row.learning}</td>
                <td className="num">{row.unsaid}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
