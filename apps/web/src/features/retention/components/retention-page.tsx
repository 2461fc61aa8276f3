// Admins read how long each kind of personal record is kept, and what the nightly purges removed.
import './retention-page.css';
import type { RetentionOverview } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Card, Item, ItemList, PageHeader, QueryStatus, ScrollTable } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useRetentionOverview } from '../api/retention';

export function RetentionPage() {
  const { t } = useTranslation('retention');
  const { orgId } = useCurrentOrg();
  const overview = useRetentionOverview(orgId);
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <QueryStatus query={overview} />
        {overview.data ? (
          <>
            <Rules rules={overview.data.rules} />
            <Reports overview={overview.data} />
          </>
        ) : null}
      </div>
    </>
  );
}

function Rules({ rules }: { rules: RetentionOverview['rules'] }) {
  const { t } = useTranslation('retention');
  return (
    <Card title={t('rulesTitle')}>
      <ItemList label={t('rulesCaption')}>
        {rules.map((rule) => (
          <Item
            key={rule.id}
            title={t(`records.${rule.id}`)}
            badges={
              <Badge tone={rule.action === 'anonymise' ? 'primary' : 'neutral'}>
                {t(`action.${rule.action}`)}
              </Badge>
            }
            meta={`${t('keptLabel')} ${t(`kept.${rule.id}`)}`}
          >
            {rule.scope === 'account' ? <p className="muted">{t('accountNote')}</p> : null}
          </Item>
        ))}
      </ItemList>
      <p className="muted retention__note">{t('anonymiseNote')}</p>
    </Card>
  );
}

function Reports({ overview }: { overview: RetentionOverview }) {
  const { t } = useTranslation('retention');
  const format = useDateFormat();
  const shownRules = overview.rules.filter((rule) => rule.scope === 'organisation');
  return (
    <Card title={t('reportsTitle')}>
      {overview.reports.length === 0 ? (
        <p className="muted">{t('noReport')}</p>
      ) : (
        <ScrollTable label={t('reportsCaption')}>
          <table className="retention-table">
            <caption>{t('reportsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                {shownRules.map((rule) => (
                  <th scope="col" className="num" key={rule.id}>
                    <abbr title={t(`records.${rule.id}`)}>{t(`short.${rule.id}`)}</abbr>
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.reports.map((report) => {
                const total = shownRules.reduce(
                  (sum, rule) => sum + (report.counts[rule.id] ?? 0),
                  0,
                );
                return (
                  <tr key={report.ranAt}>
                    <th scope="row" className="nowrap">
                      {format.dateTime(report.ranAt)}
                    </th>
                    {shownRules.map((rule) => (
                      <td className="num" key={rule.id}>
                        {report.counts[rule.id] ?? '–'}
                      </td>
                    ))}
                    <td className="num">{total === 0 ? t('nothing') : total}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Card>
  );
}
