// Parts at risk: a part with fewer singers ready on a piece than its minimum before the concert,
// one line per part (its pieces folded under it), the part most at risk first.
import type { Choir, ChoirReadiness } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Card } from '@/components/ui';

type Props = { readiness: ChoirReadiness; choir: Choir };

export function ConductorAlerts({ readiness, choir }: Props) {
  const { t } = useTranslation('choirs');
  const pieceTitle = new Map(readiness.pieces.map((piece) => [piece.id, piece.title]));
  const byPart = choir.parts
    .map((part) => ({
      part,
      alerts: readiness.alerts
        .filter((alert) => alert.partId === part.id)
        .sort((a, b) => a.ready - b.ready),
    }))
    .filter((entry) => entry.alerts.length > 0)
    .sort((a, b) => b.alerts.length - a.alerts.length);
  return (
    <Card title={t('conductor.alerts.title')}>
      {byPart.length === 0 ? (
        <Alert tone="success" live={false}>
          {t('conductor.alerts.none')}
        </Alert>
      ) : (
        <ul className="choir-alerts">
          {byPart.map(({ part, alerts }) => (
            <li key={part.id}>
              <details>
                <summary>
                  {t('conductor.alerts.part', {
                    part: `${part.code} (${part.name})`,
                    min: part.minSingers,
                    count: alerts.length,
                  })}
                </summary>
                <ul>
                  {alerts.map((alert) => (
                    <li key={alert.pieceId}>
                      {t('conductor.alerts.piece', {
                        piece: pieceTitle.get(alert.pieceId) ?? '',
                        ready: alert.ready,
                      })}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
