// One participant: the minimal record, the retention date, guardian consents, access needs.
import { Link, useParams } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { PersonRightsCard } from '@/features/person-rights';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useParticipant } from '../api/participants';
import { AccessNeedsCard } from './access-needs-card';
import { ConsentsCard } from './consents-card';
import { ParticipantActions } from './participant-actions';
import { displayName } from './participant-item';

export function ParticipantPage() {
  const { t } = useTranslation('participants');
  const format = useDateFormat();
  const { orgId, role } = useCurrentOrg();
  const { participantId = '' } = useParams({ strict: false }) as { participantId?: string };
  const participant = useParticipant(orgId, participantId);
  const data = participant.data;
  const manages = can(role, 'participants.delete');
  const writes = can(role, 'participants.write');
  const [editing, setEditing] = useState(false);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'participants')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={participant} />
      {data ? (
        <>
          <PageHeader
            title={displayName(data)}
            description={[data.group.name, t(`ageBands.${data.ageBand}`)].join(' · ')}
            actions={
              writes ? (
                <ParticipantActions
                  orgId={orgId}
                  participant={data}
                  manages={manages}
                  editing={editing}
                  onEditingChange={setEditing}
                />
              ) : null
            }
          />
          <div className="stack">
            {data.anonymised ? <Alert tone="info">{t('detail.anonymisedNotice')}</Alert> : null}
            {data.archivedAt && !data.anonymised ? (
              <Alert tone="info">{t('detail.archivedNotice')}</Alert>
            ) : null}
            <Card title={t('detail.facts')}>
              <dl className="facts">
                <dt>{t('detail.group')}</dt>
                <dd>
                  <Link to={orgPath(orgId, `groups/${data.group.id}`)}>{data.group.name}</Link>
                </dd>
                <dt>{t('detail.ageBand')}</dt>
                <dd>
                  {t(`ageBands.${data.ageBand}`)}
                  {data.isMinor ? ` (${t('minor')})` : ''}
                </dd>
                <dt>{t('detail.commune')}</dt>
                <dd>{data.communeName ?? '—'}</dd>
                <dt>{t('detail.retainUntil')}</dt>
                <dd>
                  {format.date(data.retainUntil)}
                  <br />
                  <span className="muted">{t('detail.retainHint')}</span>
                </dd>
              </dl>
            </Card>
            <ConsentsCard orgId={orgId} participant={data} canEdit={writes} />
            {data.accessNeeds !== undefined ? (
              <AccessNeedsCard
                orgId={orgId}
                participantId={data.id}
                accessNeeds={data.accessNeeds}
                editable={can(role, 'participants.editAccessNeeds') && !data.anonymised}
              />
            ) : null}
            {can(role, 'personRights.manage') ? (
              <PersonRightsCard
                orgId={orgId}
                participant={data}
                onRectify={() => {
                  setEditing(true);
                  window.scrollTo({ top: 0 });
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </>
  );
}
