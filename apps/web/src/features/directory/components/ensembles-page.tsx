// The directory's listings: search and filter (kind, proposals waiting, due or hidden), approve a
// proposal, confirm a listing after a call, import a spreadsheet; and the requests for support.
import { Link } from '@tanstack/react-router';
import { can, type EnsembleSummary, ensembleKinds } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  buttonClass,
  Card,
  Item,
  ItemList,
  ListFilters,
  PageHeader,
  Pager,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { ImportExportActions } from '@/features/imports';
import { useCurrentOrg } from '@/features/organisations';
import { useSupportRequestPoints } from '@/features/territories';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import {
  ENSEMBLES_PAGE_SIZE,
  type EnsembleFilters,
  useEnsembleAction,
  useEnsembles,
  useSupportRequests,
} from '../api/ensembles';
import { DirectoryMap } from './directory-map';
import { SupportRequests } from './support-requests';

const views = ['all', 'pending', 'due', 'hidden'] as const;
type View = (typeof views)[number];

function filtersOf(view: View): Pick<EnsembleFilters, 'status' | 'confirmation'> {
  if (view === 'pending') return { status: 'pending', confirmation: '' };
  if (view === 'due' || view === 'hidden') return { status: 'published', confirmation: view };
  return { status: '', confirmation: '' };
}

function Actions({
  ensemble,
  orgId,
  manage,
  introduce,
}: {
  ensemble: EnsembleSummary;
  orgId: string;
  manage: boolean;
  introduce: boolean;
}) {
  const { t } = useTranslation('directory');
  const action = useEnsembleAction(orgId);
  const run = (kind: 'approve' | 'confirm') =>
    action.mutate({ ensembleId: ensemble.id, action: kind });
  const small = buttonClass({ variant: 'secondary', size: 'small' });
  return (
    <>
      {introduce && ensemble.status === 'published' && ensemble.confirmation !== 'hidden' ? (
        <Link
          to={orgPath(orgId, 'ensembles/introduce')}
          search={{ ensemble: ensemble.id }}
          className={small}
          aria-label={t('propose', { name: ensemble.name })}
        >
          {t('proposeShort')}
        </Link>
      ) : null}
      {manage ? (
        <Link
          to={orgPath(orgId, `ensembles/${ensemble.id}`)}
          className={small}
          aria-label={t('edit', { name: ensemble.name })}
        >
          {t('editShort')}
        </Link>
      ) : null}
      {manage && ensemble.status === 'pending' ? (
        <Button
          size="small"
          pending={action.isPending}
          onClick={() => run('approve')}
          aria-label={t('approve', { name: ensemble.name })}
        >
          {t('approveShort')}
        </Button>
      ) : null}
      {manage && ensemble.status === 'published' && ensemble.confirmation !== 'current' ? (
        <Button
          size="small"
          variant="secondary"
          pending={action.isPending}
          onClick={() => run('confirm')}
          aria-label={t('confirm', { name: ensemble.name })}
        >
          {t('confirmShort')}
        </Button>
      ) : null}
    </>
  );
}

export function EnsemblesPage() {
  const { t } = useTranslation(['directory', 'vocabulary']);
  const { orgId, role } = useCurrentOrg();
  const format = useDateFormat();
  const [view, setView] = useState<View>('all');
  const [filters, setFilters] = useState<EnsembleFilters>({
    q: '',
    kind: '',
    status: '',
    confirmation: '',
    offset: 0,
  });
  const manage = can(role, 'directory.manage');
  const introduce = can(role, 'directory.introduce') && can(role, 'participants.read');
  const ensembles = useEnsembles(orgId, filters);
  const requests = useSupportRequests(orgId, {
    enabled: can(role, 'directory.readSupportRequests'),
  });
  const points = useSupportRequestPoints(orgId, {
    enabled: can(role, 'directory.readSupportRequests'),
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <>
            {manage ? (
              <Link to={orgPath(orgId, 'ensembles/new')} className={buttonClass({})}>
                {t('form.newTitle')}
              </Link>
            ) : null}
            <Link
              to={orgPath(orgId, 'ensembles/for-group')}
              className={buttonClass({ variant: 'secondary' })}
            >
              {t('forGroup.link')}
            </Link>
            {introduce ? (
              <Link
                to={orgPath(orgId, 'ensembles/introductions')}
                className={buttonClass({ variant: 'secondary' })}
              >
                {t('introductions.title')}
              </Link>
            ) : null}
            {manage ? <ImportExportActions entity="ensembles" /> : null}
          </>
        }
      />
      <div className="stack">
        <ListFilters
          searchLabel={t('searchLabel')}
          kindLabel={t('kindFilter')}
          archived={false}
          kinds={ensembleKinds.map((kind) => ({
            value: kind,
            label: t(`vocabulary:ensembleKind.${kind}`),
          }))}
          onChange={(change) =>
            setFilters({
              ...filters,
              ...change,
              kind: change.kind as EnsembleFilters['kind'],
              offset: 0,
            })
          }
        />
        <SelectField
          label={t('view.label')}
          name="view"
          value={view}
          options={views.map((value) => ({ value, label: t(`view.${value}`) }))}
          onChange={(event) => {
            const next = event.target.value as View;
            setView(next);
            setFilters({ ...filters, ...filtersOf(next), offset: 0 });
          }}
        />
        <QueryStatus query={ensembles} />
        {ensembles.data ? (
          <>
            <p aria-live="polite" className="muted">
              {t('count', { count: ensembles.data.total })}
            </p>
            {ensembles.data.items.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ItemList label={t('list')}>
                {ensembles.data.items.map((ensemble) => (
                  <Item
                    key={ensemble.id}
                    title={ensemble.name}
                    badges={
                      <>
                        <Badge tone="primary">
                          {t(`vocabulary:ensembleKind.${ensemble.kind}`)}
                        </Badge>
                        {ensemble.status === 'pending' ? (
                          <Badge tone="danger">{t('pending')}</Badge>
                        ) : ensemble.confirmation !== 'current' ? (
                          <Badge tone={ensemble.confirmation === 'hidden' ? 'danger' : 'neutral'}>
                            {t(`confirmation.${ensemble.confirmation}`)}
                          </Badge>
                        ) : null}
                      </>
                    }
                    meta={[
                      ensemble.communeNames.join(', '),
                      ensemble.lastConfirmedAt
                        ? t('confirmedOn', { date: format.date(ensemble.lastConfirmedAt) })
                        : t(`source.${ensemble.source}`),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    actions={
                      manage || introduce ? (
                        <Actions
                          ensemble={ensemble}
                          orgId={orgId}
                          manage={manage}
                          introduce={introduce}
                        />
                      ) : undefined
                    }
                  />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={ENSEMBLES_PAGE_SIZE}
              total={ensembles.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
        {ensembles.data ? (
          <Card title={t('map.title')}>
            <DirectoryMap
              ensembles={ensembles.data.items}
              requests={points.data ? points.data.items : null}
            />
          </Card>
        ) : null}
        {requests.data ? (
          <SupportRequests
            orgId={orgId}
            requests={requests.data.items}
            handle={can(role, 'directory.handleSupportRequests')}
          />
        ) : null}
      </div>
    </>
  );
}
