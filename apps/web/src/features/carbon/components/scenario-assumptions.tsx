// What each scenario assumes, every value written in the reader's language, and why a scenario
// that changes nothing does so.
import type { ProjectScenarios, ScenarioRow } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useCarbonFormat, useModelText } from '../lib/carbon-format';

type Assumption = ScenarioRow['assumptions'][number];

/** One assumption's value with its unit: "50 km", "4 people", "TER", "yes", "Artists". */
export function useAssumptionValue() {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const model = useModelText();
  return ({ value, unit }: Assumption): string => {
    if (typeof value === 'boolean') return t(value ? 'scenarios.value.yes' : 'scenarios.value.no');
    if (typeof value === 'string') {
      if (unit === 'mode') return model.label(`mode.${value}`);
      if (unit === 'trip-kinds')
        return value
          .split(',')
          .map((kind) => t(`lines.kinds.${kind.trim() as 'artist'}`))
          .join(', ');
      return value;
    }
    switch (unit) {
      case 'people':
      case 'sessions':
      case 'days':
        return t(`scenarios.value.${unit}`, { count: value });
      case 'share':
        return t('scenarios.value.share', { value: format.number(value * 100) });
      case 'kg-per-device-hour':
        return t('scenarios.value.kg-per-device-hour', { value: format.factor(value) });
      case 'km':
      case 'min':
      case 'h':
      case 'ratio':
        return t(`scenarios.value.${unit}`, { value: format.number(value) });
      default:
        return format.number(value);
    }
  };
}

export function ScenarioAssumptions({ scenarios }: { scenarios: ProjectScenarios }) {
  const { t } = useTranslation('carbon');
  const model = useModelText();
  const writeValue = useAssumptionValue();
  const unchanged = scenarios.rows.filter((row) => row.unchanged);
  return (
    <>
      {unchanged.length > 0 ? (
        <>
          <h3>{t('scenarios.unchangedTitle')}</h3>
          <ul className="carbon-notes">
            {unchanged.map((row) => (
              <li key={row.lever}>
                {t('scenarios.unchangedItem', {
                  lever: model.label(`lever.${row.lever}`),
                  reason: row.unchanged ? model.message(row.unchanged) : '',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {scenarios.rows.map((row) => (
        <details key={row.lever}>
          <summary>
            {t('scenarios.assumptions', { lever: model.label(`lever.${row.lever}`) })}
          </summary>
          <ul className="carbon-notes">
            {row.assumptions.map((assumption) => (
              <li key={assumption.name}>
                {t('scenarios.assumption', {
                  name: model.label(`assumption.${assumption.name}`),
                  value: writeValue(assumption),
                  source: t(`scenarios.source.${assumption.source}`, {
                    version: scenarios.factorVersion,
                  }),
                })}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
