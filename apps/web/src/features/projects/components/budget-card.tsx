// The budget of a project: its lines by kind, and the totals (a negative balance is a shortfall).
import type { Project } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, ScrollTable } from '@/components/ui';
import { useEuroFormat } from '@/lib/money';

export function BudgetCard({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('projects');
  const euros = useEuroFormat(i18n.language);
  const totals = project.budgetTotals;
  return (
    <Card title={t('detail.budget')}>
      {project.budgetLines.length === 0 ? (
        <p>{t('detail.noBudget')}</p>
      ) : (
        <ScrollTable label={t('detail.budget')}>
          <table className="budget-table">
            <thead>
              <tr>
                <th scope="col">{t('detail.line')}</th>
                <th scope="col">{t('detail.category')}</th>
                <th scope="col">{t('detail.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {project.budgetLines.map((line) => (
                <tr key={line.id}>
                  <td>
                    {line.label} <span className="muted">({t(`form.kinds.${line.kind}`)})</span>
                  </td>
                  <td>{line.category ?? ''}</td>
                  <td>{euros(line.kind === 'expense' ? -line.amountCents : line.amountCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('detail.expense')}
                </th>
                <td>{euros(totals.expenseCents)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('detail.income')}
                </th>
                <td>{euros(totals.incomeCents)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('detail.balance')}
                </th>
                <td className={totals.balanceCents < 0 ? 'budget-table__negative' : undefined}>
                  {euros(totals.balanceCents)}
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      )}
    </Card>
  );
}
