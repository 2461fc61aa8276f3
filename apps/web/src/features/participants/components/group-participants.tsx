// The participants of one group, on the group's page, with a button to enrol someone in it.
import { can, type Group } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Dialog, ItemList, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useParticipants } from '../api/participants';
import { useCreateParticipant } from '../api/save-participant';
import { ParticipantForm } from './participant-form';
import { ParticipantItem } from './participant-item';

export function GroupParticipants({ orgId, group }: { orgId: string; group: Group }) {
  const { t } = useTranslation('participants');
  const { role } = useCurrentOrg();
  const participants = useParticipants(
    orgId,
    { q: '', groupId: group.id, ageBand: '', consent: '', offset: 0 },
    200,
  );
  const create = useCreateParticipant(orgId);
  const [creating, setCreating] = useState(false);

  return (
    <Card title={`${t('title')} (${participants.data?.total ?? group.participantCount})`}>
      <div className="stack">
        {!can(role, 'participants.write') || group.archivedAt ? null : (
          <div>
            <Button icon="plus" size="small" onClick={() => setCreating(true)}>
              {t('new')}
            </Button>
          </div>
        )}
        <QueryStatus query={participants} />
        {participants.data && participants.data.items.length > 0 ? (
          <ItemList label={t('list')}>
            {participants.data.items.map((participant) => (
              <ParticipantItem
                key={participant.id}
                orgId={orgId}
                participant={participant}
                showGroup={false}
              />
            ))}
          </ItemList>
        ) : null}
        {participants.data?.items.length === 0 ? <p>{t('emptyGroup')}</p> : null}
      </div>
      <Dialog open={creating} onClose={() => setCreating(false)} title={t('newTitle')}>
        {creating ? (
          <ParticipantForm
            groupId={group.id}
            submitLabel={t('form.create')}
            onSubmit={async (body) => {
              await create.mutateAsync(body);
              setCreating(false);
            }}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}
