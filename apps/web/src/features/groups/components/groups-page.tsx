// The organisation's groups (a relay's own): search, filter by kind, open one, create one.
import { Link, useNavigate } from '@tanstack/react-router';
import { can, type Group, groupKinds } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  Dialog,
  Item,
  ItemList,
  ListFilters,
  PageHeader,
  Pager,
  QueryStatus,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { GROUPS_PAGE_SIZE, type GroupFilters, useGroups } from '../api/groups';
import { useCreateGroup } from '../api/save-group';
import { GroupForm } from './group-form';

export function GroupsPage() {
  const { t } = useTranslation(['groups', 'places']);
  const { orgId, role } = useCurrentOrg();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<GroupFilters>({
    q: '',
    kind: '',
    includeArchived: false,
    offset: 0,
  });
  const groups = useGroups(orgId, filters);
  const create = useCreateGroup(orgId);
  const [creating, setCreating] = useState(false);
  const canCreate = can(role, 'groups.write');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={role === 'relay' ? t('introRelay') : t('intro')}
        actions={
          canCreate ? (
            <Button icon="plus" onClick={() => setCreating(true)}>
              {t('new')}
            </Button>
          ) : null
        }
      />
      <div className="stack">
        <ListFilters
          searchLabel={t('searchLabel')}
          kindLabel={t('kindFilter')}
          kinds={groupKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onChange={(change) =>
            setFilters({ ...change, kind: change.kind as GroupFilters['kind'], offset: 0 })
          }
        />
        <QueryStatus query={groups} />
        {groups.data ? (
          <>
            <p aria-live="polite" className="muted">
              {t('places:count', { count: groups.data.total })}
            </p>
            {groups.data.items.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ItemList label={t('list')}>
                {groups.data.items.map((group) => (
                  <GroupItem key={group.id} orgId={orgId} group={group} />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={GROUPS_PAGE_SIZE}
              total={groups.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
      </div>
      <Dialog open={creating} onClose={() => setCreating(false)} title={t('newTitle')}>
        {creating ? (
          <GroupForm
            submitLabel={t('form.create')}
            onSubmit={async (body) => {
              const group = await create.mutateAsync(body);
              setCreating(false);
              await navigate({ to: orgPath(orgId, `groups/${group.id}`) });
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function GroupItem({ orgId, group }: { orgId: string; group: Group }) {
  const { t } = useTranslation(['groups', 'places']);
  return (
    <Item
      title={<Link to={orgPath(orgId, `groups/${group.id}`)}>{group.name}</Link>}
      badges={
        <>
          <Badge tone="primary">{t(`kinds.${group.kind}`)}</Badge>
          {group.listedIndividually ? null : <Badge>{t('countedOnly')}</Badge>}
          {group.minorsWithoutConsent > 0 ? (
            <Badge tone="danger">
              {t('missingConsents', { count: group.minorsWithoutConsent })}
            </Badge>
          ) : null}
          {group.archivedAt ? <Badge>{t('places:archived')}</Badge> : null}
        </>
      }
      meta={[
        group.listedIndividually
          ? t('participants', { count: group.participantCount })
          : group.expectedSize
            ? t('expected', { count: group.expectedSize })
            : null,
        group.relay ? t('relayNamed', { name: group.relay.displayName }) : null,
        group.partner?.name,
        group.communeName,
      ]
        .filter(Boolean)
        .join(' · ')}
    />
  );
}
