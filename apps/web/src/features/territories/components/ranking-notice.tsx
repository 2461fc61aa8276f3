// Said above the ranked list and under the map: which data the scores were computed without, and
// when they cannot tell the communes apart.
import type { AccessReport } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui';
import { allEqual, useMissingPhrase } from '../lib/dimensions';

export function RankingNotice({ report, where }: { report: AccessReport; where: 'table' | 'map' }) {
  const { t } = useTranslation('territories');
  const missing = useMissingPhrase(report);
  const equal = allEqual(report);
  if (!missing && !equal) return null;
  const lines = [
    missing
      ? t(where === 'map' ? 'data.mapWithout' : 'data.rankingWithout', { list: missing })
      : null,
    equal ? t('data.allEqual') : null,
  ].filter((line): line is string => line !== null);
  if (where === 'map') {
    return (
      <>
        {lines.map((line) => (
          <p key={line} className="map-legend__missing">
            {line}
          </p>
        ))}
      </>
    );
  }
  return (
    <Alert tone="info">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </Alert>
  );
}
