// One group: what it is, its relay and partner, and its participants (or that it is only counted).
import { Link, useParams } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { GroupParticipants } from '@/features/participants';
import { orgPath } from '@/lib/paths';
import { useGroup } from '../api/groups';
import { GroupActions } from './group-actions';
import { GroupShareLink } from './group-share-link';

export function GroupPage() {
  const { t } = useTranslation(['groups', 'participants']);
  const { orgId, role } = useCurrentOrg();
  const { groupId = '' } = useParams({ strict: false }) as { groupId?: string };
  const group = useGroup(orgId, groupId);
  const data = group.data;
  const none = t('detail.none');

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'groups')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={group} />
      {data ? (
        <>
          <PageHeader
            title={data.name}
            description={[t(`kinds.${data.kind}`), data.communeName].filter(Boolean).join(' · ')}
            actions={
              !can(role, 'groups.write') ? null : (
                <GroupActions orgId={orgId} group={data} canDelete={can(role, 'groups.manage')} />
              )
            }
          />
          <div className="stack">
            {data.archivedAt ? <Alert tone="info">{t('detail.archivedNotice')}</Alert> : null}
            <Card title={t('detail.facts')}>
              <dl className="facts">
                <dt>{t('detail.kind')}</dt>
                <dd>{t(`kinds.${data.kind}`)}</dd>
                <dt>{t('detail.partner')}</dt>
                <dd>
                  {data.partner ? (
                    can(role, 'partners.manage') ? (
                      <Link to={orgPath(orgId, `partners/${data.partner.id}`)}>
                        {data.partner.name}
                      </Link>
                    ) : (
                      data.partner.name
                    )
                  ) : (
                    none
                  )}
                </dd>
                <dt>{t('detail.relay')}</dt>
                <dd>{data.relay?.displayName ?? none}</dd>
                <dt>{t('detail.listing')}</dt>
                <dd>{data.listedIndividually ? t('detail.listedYes') : t('detail.listedNo')}</dd>
                <dt>{t('detail.expectedSize')}</dt>
                <dd>{data.expectedSize ?? none}</dd>
                <dt>{t('detail.ageBand')}</dt>
                <dd>{data.ageBand ? t(`participants:ageBands.${data.ageBand}`) : none}</dd>
                <dt>{t('detail.commune')}</dt>
                <dd>{data.communeName ?? none}</dd>
              </dl>
            </Card>
            {can(role, 'groups.share') && !data.archivedAt ? (
              <GroupShareLink orgId={orgId} groupId={data.id} />
            ) : null}
            {!can(role, 'participants.read') ? null : data.listedIndividually ? (
              <GroupParticipants orgId={orgId} group={data} />
            ) : (
              <Alert tone="info">{t('detail.countedNotice')}</Alert>
            )}
          </div>
        </>
      ) : null}
    </>
  );
}
