// A finished run: the plan beside today's and the baseline, what to check, what stays unplaced,
// the itineraries on the map and day by day (with pins), and the actions on it.
import type { PlanningResult, PlanningRun } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { Comparison } from './comparison';
import { ItineraryList } from './itinerary-list';
import { ItineraryMap } from './itinerary-map';
import { RunActions } from './run-actions';
import { UnplacedList, WarningList } from './run-notes';

type Props = { orgId: string; run: PlanningRun; result: PlanningResult };

export function RunResult({ orgId, run, result }: Props) {
  const { t } = useTranslation('tours');
  const [pins, setPins] = useState(() => new Set(run.pinnedSessionIds));
  const togglePin = (sessionId: string) => {
    const next = new Set(pins);
    if (next.has(sessionId)) next.delete(sessionId);
    else next.add(sessionId);
    setPins(next);
  };
  return (
    <div className="stack">
      <Comparison run={run} result={result} />
      <RunActions orgId={orgId} run={run} result={result} pins={pins} />
      <WarningList result={result} />
      <UnplacedList result={result} />
      <Card title={t('map.title')}>
        <ItineraryMap result={result} />
      </Card>
      <Card title={t('itineraries.title')}>
        <ItineraryList result={result} pins={pins} onTogglePin={togglePin} />
      </Card>
    </div>
  );
}
