// "Plan the tour": choose a project or a period, then the sessions, artists and rules, and start;
// the recent runs are listed below.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, Loading, PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSearchParam } from '@/lib/search-params';
import { type TourScope, useCandidates } from '../api/candidates';
import { PlanForm } from './plan-form';
import { RecentRuns } from './recent-runs';
import { ScopeChooser, type ScopeState } from './scope-chooser';
import './tours.css';

function scopeOf(state: ScopeState): TourScope | null {
  if (state.mode === 'project') return state.projectId ? { projectId: state.projectId } : null;
  return state.from && state.to && state.from <= state.to
    ? { from: state.from, to: state.to }
    : null;
}

export function ToursPage() {
  const { t } = useTranslation('tours');
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const projectId = useSearchParam('projectId') ?? '';
  const [state, setState] = useState<ScopeState>({ mode: 'project', projectId, from: '', to: '' });
  const scope = scopeOf(state);
  const candidates = useCandidates(orgId, scope);
  const data = candidates.data;

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <Card title={t('scope.legend')}>
          <ScopeChooser orgId={orgId} state={state} onChange={setState} />
        </Card>
        {candidates.isFetching && !data ? <Loading /> : null}
        {candidates.isError ? <Alert tone="error">{errorText(candidates.error)}</Alert> : null}
        {scope && data ? (
          data.sessions.length === 0 ? (
            <Alert tone="info">{t('scope.empty')}</Alert>
          ) : (
            <PlanForm key={JSON.stringify(scope)} orgId={orgId} scope={scope} candidates={data} />
          )
        ) : null}
        <RecentRuns orgId={orgId} />
      </div>
    </>
  );
}
