// What a plan leaves: sessions it could not place (in plain words) and overlaps to check.
import type { PlanningResult } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Card } from '@/components/ui';

export function UnplacedList({ result }: { result: PlanningResult }) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  if (result.unplaced.length === 0) return null;
  return (
    <Card title={t('unplaced.title')}>
      <ul className="tours-list">
        {result.unplaced.map((u) => (
          <li key={u.sessionId}>
            <strong>{u.title ?? t(`vocabulary:sessionKind.${u.kind}`)}</strong>, {u.venueName}
            <br />
            {t(`unplaced.reasons.${u.reason}`)}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function WarningList({ result }: { result: PlanningResult }) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  if (result.warnings.length === 0) return null;
  const titles = new Map(
    result.itineraries.flatMap((i) =>
      i.days.flatMap((d) =>
        d.stops.map((s) => [s.sessionId, s.title ?? t(`vocabulary:sessionKind.${s.kind}`)]),
      ),
    ),
  );
  return (
    <Alert tone="info" title={t('warnings.title')}>
      <ul className="tours-list">
        {result.warnings.map((w) => (
          <li key={`${w.sessionId}-${w.otherSessionId}`}>
            {t(`warnings.${w.shared}`, {
              a: titles.get(w.sessionId) ?? '',
              b: titles.get(w.otherSessionId) ?? '',
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
