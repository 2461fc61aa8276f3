// Admins follow every request people made about their data: soonest due first, overdue ones
// highlighted, answered ones after.
import './rights.css';
import { Link } from '@tanstack/react-router';
import { type RightsRequestState, rightsRequestStates } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, Pager, QueryStatus, SelectField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { RIGHTS_PAGE_SIZE, useRightsRequests } from '../api/rights-requests';
import { RequestItem } from './request-item';

export function RightsPage() {
  const { t } = useTranslation('personRights');
  const { orgId } = useCurrentOrg();
  const [state, setState] = useState<RightsRequestState | ''>('');
  const [offset, setOffset] = useState(0);
  const requests = useRightsRequests(orgId, { state: state || undefined, offset });
  const overdue = useRightsRequests(orgId, { state: 'overdue' });
  const overdueCount = overdue.data?.total ?? 0;
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="stack">
        <p>
          {t('howToRecord')} <Link to={orgPath(orgId, 'participants')}>{t('toParticipants')}</Link>
        </p>
        {overdueCount > 0 ? (
          <p className="rights-overdue" role="status">
            {t('overdueCount', { count: overdueCount })}
          </p>
        ) : null}
        <Card title={t('logTitle')}>
          <div className="stack">
            <SelectField
              name="state"
              label={t('filter')}
              value={state}
              options={[
                { value: '', label: t('states.all') },
                ...rightsRequestStates.map((value) => ({ value, label: t(`states.${value}`) })),
              ]}
              onChange={(event) => {
                setState(event.target.value as RightsRequestState | '');
                setOffset(0);
              }}
            />
            <QueryStatus query={requests} />
            {requests.data ? (
              requests.data.items.length === 0 ? (
                <p className="muted">{t('none')}</p>
              ) : (
                <ul className="item-list" aria-label={t('logTitle')}>
                  {requests.data.items.map((request) => (
                    <RequestItem key={request.id} orgId={orgId} request={request} showPerson />
                  ))}
                </ul>
              )
            ) : null}
            {requests.data ? (
              <Pager
                offset={offset}
                limit={RIGHTS_PAGE_SIZE}
                total={requests.data.total}
                onChange={setOffset}
              />
            ) : null}
          </div>
        </Card>
        <Card title={t('lawTitle')}>
          <ul>
            <li>{t('law.delay')}</li>
            <li>{t('law.erasure')}</li>
            <li>{t('law.rectification')}</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
