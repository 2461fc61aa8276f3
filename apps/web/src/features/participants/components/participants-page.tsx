// Participants: search among thousands by any part of the name, filter, page, enrol someone.
import { useNavigate } from '@tanstack/react-router';
import { type ConsentStatus, can, consentStatuses } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ItemList, PageHeader, Pager, QueryStatus } from '@/components/ui';
import { ImportExportActions } from '@/features/imports';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useSearchParam } from '@/lib/search-params';
import {
  PARTICIPANTS_PAGE_SIZE,
  type ParticipantFilters,
  useParticipants,
} from '../api/participants';
import { useCreateParticipant } from '../api/save-participant';
import { ParticipantFiltersForm } from './participant-filters';
import { ParticipantForm } from './participant-form';
import { ParticipantItem } from './participant-item';

export function ParticipantsPage() {
  const { t } = useTranslation('participants');
  const { orgId, role } = useCurrentOrg();
  const navigate = useNavigate();
  // `?consent=missing`: the home page's link to the children without a parental consent.
  const consentParam = useSearchParam('consent');
  const consent = consentStatuses.includes(consentParam as ConsentStatus)
    ? (consentParam as ConsentStatus)
    : '';
  const [filters, setFilters] = useState<ParticipantFilters>({
    q: '',
    groupId: '',
    ageBand: '',
    consent,
    offset: 0,
  });
  const participants = useParticipants(orgId, filters);
  const create = useCreateParticipant(orgId);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <ImportExportActions entity="participants" groupId={filters.groupId || undefined}>
            {!can(role, 'participants.write') ? null : (
              <Button icon="plus" onClick={() => setCreating(true)}>
                {t('new')}
              </Button>
            )}
          </ImportExportActions>
        }
      />
      <div className="stack">
        <ParticipantFiltersForm
          orgId={orgId}
          initialConsent={consent}
          onChange={(values) => setFilters({ ...values, offset: 0 })}
        />
        <QueryStatus query={participants} />
        {participants.data ? (
          <>
            <p aria-live="polite" className="muted">
              {t('count', { count: participants.data.total })}
            </p>
            {participants.data.items.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ItemList label={t('list')}>
                {participants.data.items.map((participant) => (
                  <ParticipantItem key={participant.id} orgId={orgId} participant={participant} />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={PARTICIPANTS_PAGE_SIZE}
              total={participants.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
      </div>
      <Dialog open={creating} onClose={() => setCreating(false)} title={t('newTitle')}>
        {creating ? (
          <ParticipantForm
            submitLabel={t('form.create')}
            onSubmit={async (body) => {
              const participant = await create.mutateAsync(body);
              setCreating(false);
              await navigate({ to: orgPath(orgId, `participants/${participant.id}`) });
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
