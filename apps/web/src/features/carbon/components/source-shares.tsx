// The split by source: one labelled line per source with its kg and share, the bar only decorative.
import type { FootprintSummary } from '@tutti/contracts';
import { footprintSources } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useCarbonFormat, useModelText } from '../lib/carbon-format';

export function SourceShares({ summary }: { summary: FootprintSummary }) {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const model = useModelText();
  const total = summary.totalCo2eKg;
  return (
    <ul className="carbon-shares">
      {footprintSources.map((source) => {
        const value = summary.bySource[source];
        const pct = total > 0 ? (100 * value) / total : 0;
        return (
          <li key={source}>
            <span className="carbon-shares__label">
              <span>{model.label(`source.${source}`)}</span>
              <span>{t('panel.share', { value: format.kg(value), pct: Math.round(pct) })}</span>
            </span>
            <span className="carbon-shares__track" aria-hidden="true">
              <span className="carbon-shares__bar" style={{ width: `${pct}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
