// For staff: the sessions, participants, marks or head counts behind the figures, first rows.
import { type TraceIndicator, traceIndicators } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Loading, ScrollTable, SelectField } from '@/components/ui';
import { type ImpactFilterValues, useTrace } from '../api/indicators';

export function TraceCard({ orgId, filters }: { orgId: string; filters: ImpactFilterValues }) {
  const { t } = useTranslation('impact');
  const [indicator, setIndicator] = useState<TraceIndicator | null>(null);
  const trace = useTrace(orgId, filters, indicator);
  return (
    <Card title={t('trace.title')}>
      <SelectField
        label={t('trace.link')}
        name="indicator"
        value={indicator ?? ''}
        onChange={(event) => setIndicator((event.target.value || null) as TraceIndicator | null)}
        options={[
          { value: '', label: '—' },
          ...traceIndicators.map((key) => ({ value: key, label: t(`trace.indicators.${key}`) })),
        ]}
      />
      {trace.isFetching ? <Loading /> : null}
      {trace.data ? (
        <ScrollTable label={t('trace.title')}>
          <table className="impact-table">
            <caption>{t('trace.rows', { count: trace.data.total })}</caption>
            <thead>
              <tr>
                {trace.data.columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trace.data.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own.
                <tr key={index}>
                  {row.map((cell, c) => (
                    <td key={trace.data.columns[c]}>{cell ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </Card>
  );
}
