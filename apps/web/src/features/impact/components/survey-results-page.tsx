// A survey's results: answers before and after, means, distribution and the paired Wilcoxon test.
import { useParams } from '@tanstack/react-router';
import type { SurveyResults } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSurveyResults } from '../api/surveys';
import { useImpactFormat } from '../lib/format';
import { BarChart } from './bar-chart';
import './impact.css';
import { ScrollTable } from '@/components/ui';

export function SurveyResultsPage() {
  const { t } = useTranslation('impact');
  const { orgId } = useCurrentOrg();
  const { surveyId = '' } = useParams({ strict: false }) as { surveyId?: string };
  const results = useSurveyResults(orgId, surveyId);
  const data = results.data;
  return (
    <>
      <PageHeader title={t('results.title', { title: data?.survey.title ?? '' })} />
      <div className="stack">
        <QueryStatus query={results} />
        {data ? <Results data={data} /> : null}
      </div>
    </>
  );
}

function Results({ data }: { data: SurveyResults }) {
  const { t } = useTranslation('impact');
  const format = useImpactFormat();
  const scales = data.questions.filter((q) => q.question.kind === 'scale');
  const mean = (q: (typeof scales)[number], phase: string) =>
    q.phases.find((p) => p.phase === phase)?.stats.mean ?? null;
  return (
    <>
      <Card>
        <p>
          {t('results.respondents', {
            before: format.people(data.respondents.before),
            after: format.people(data.respondents.after),
            paired: format.people(data.respondents.paired),
          })}
        </p>
        <p className="muted">{t('results.test')}</p>
        <p className="muted">{t('smallRule')}</p>
      </Card>
      {data.survey.beforeAfter && scales.length > 0 ? (
        <Card title={t('results.chart')}>
          <BarChart
            title={t('results.chart')}
            description={t('results.chartDescription')}
            categoryHeader={t('results.question')}
            series={[t('fill.phases.before'), t('fill.phases.after')]}
            max={5}
            rows={scales.map((q, index) => {
              const values = [mean(q, 'before'), mean(q, 'after')];
              return {
                label: `Q${index + 1}`,
                values: values.map((v) => (typeof v === 'number' ? v : null)),
                shown: values.map((v) => format.decimal(v)),
              };
            })}
          />
        </Card>
      ) : null}
      {data.questions.map((q, index) => (
        <Card key={q.question.id} title={`Q${index + 1}. ${q.question.label}`}>
          <ScrollTable label={q.question.label}>
            <table className="impact-table">
              <caption>{q.question.label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.phase')}</th>
                  <th scope="col" className="num">
                    {t('results.answers')}
                  </th>
                  {q.question.kind === 'scale' ? (
                    <th scope="col" className="num">
                      {t('results.mean')}
                    </th>
                  ) : null}
                  <th scope="col">{t('results.distribution')}</th>
                </tr>
              </thead>
              <tbody>
                {q.phases.map((p) => (
                  <tr key={p.phase}>
                    <th scope="row">{t(`fill.phases.${p.phase}`)}</th>
                    <td className="num">{format.people(p.stats.answers)}</td>
                    {q.question.kind === 'scale' ? (
                      <td className="num">{format.decimal(p.stats.mean)}</td>
                    ) : null}
                    <td>
                      {p.stats.counts
                        .map(
                          (c) =>
                            `${q.question.options?.find((o) => o.id === c.value)?.label ?? c.value} (${format.people(c.count)})`,
                        )
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {q.paired ? (
            <p>
              {t('results.pairs')} {format.people(q.paired.pairs)} · {t('results.difference')}{' '}
              {format.decimal(q.paired.meanDifference)} · z {format.decimal(q.paired.z)} ·{' '}
              {t('results.pValue')} {format.pValue(q.paired.pValue)}
              {typeof q.paired.pValue === 'number' ? (
                <strong>
                  {' — '}
                  {q.paired.pValue < 0.05 ? t('results.significant') : t('results.notSignificant')}
                </strong>
              ) : null}
            </p>
          ) : null}
          {q.texts && q.texts.length > 0 ? (
            <details>
              <summary>{t('results.texts')}</summary>
              <ul>
                {q.texts.map((text, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: free texts may repeat and carry no id.
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </Card>
      ))}
    </>
  );
}
