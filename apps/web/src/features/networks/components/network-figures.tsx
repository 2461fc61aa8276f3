// Members' figures side by side: "not reported" and "hidden (< 5)" said in words, never a zero;
// the totals say over how many members they run, and nothing is ranked.
import type { NetworkDashboard, NetworkFigure } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '@/components/ui';
import { useDateFormat } from '@/lib/format';

const columns = [
  'beneficiaries',
  'sessions',
  'hours',
  'carbonPerBeneficiaryKg',
  'continuationRate',
] as const;
const labels = {
  beneficiaries: 'beneficiaries',
  sessions: 'sessions',
  hours: 'hours',
  carbonPerBeneficiaryKg: 'carbon',
  continuationRate: 'continuation',
} as const;

function Cell({
  figure,
  digits = 0,
  percent = false,
}: {
  figure: NetworkFigure;
  digits?: number;
  percent?: boolean;
}) {
  const { t, i18n } = useTranslation('networks');
  if (figure.state === 'hidden') return <td className="num network-missing">{t('hidden')}</td>;
  if (figure.state === 'not-reported')
    return <td className="num network-missing">{t('notReported')}</td>;
  const value = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: digits,
    style: percent ? 'percent' : 'decimal',
  }).format(figure.value);
  return <td className="num">{value}</td>;
}

export function NetworkFigures({ dashboard }: { dashboard: NetworkDashboard }) {
  const { t, i18n } = useTranslation('networks');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const { date } = useDateFormat();
  return (
    <ScrollTable label={t('dashboard')}>
      <table className="data-table network-figures">
        <caption className="visually-hidden">{t('dashboard')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('member')}</th>
            {columns.map((key) => (
              <th scope="col" className="num" key={key}>
                {t(labels[key])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.members.map((member) => (
            <tr key={member.orgId}>
              <th scope="row">
                {member.name}{' '}
                <span className="network-muted">({t(`countries.${member.country}`)})</span>
                {member.computedAt ? (
                  <>
                    <br />
                    <span className="network-muted">
                      {t('computedAt', { date: date(member.computedAt) })}
                    </span>
                  </>
                ) : null}
              </th>
              {columns.map((key) => (
                <Cell
                  key={key}
                  figure={member[key]}
                  digits={key === 'carbonPerBeneficiaryKg' ? 2 : 0}
                  percent={key === 'continuationRate'}
                />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {(['beneficiaries', 'sessions', 'hours'] as const).map((key) => (
              <td className="num" key={key}>
                {number.format(dashboard.totals[key].value)}
                <br />
                <span className="network-muted">
                  {t('reportedBy', { count: dashboard.totals[key].reportedBy })}
                </span>
              </td>
            ))}
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
