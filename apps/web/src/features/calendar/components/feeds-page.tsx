// Calendar feeds: a secret address per artist or group that a phone calendar subscribes to.
import { Link } from '@tanstack/react-router';
import { type CalendarFeedKind, can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  ConfirmDialog,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useCreateFeed, useFeeds, useRevokeFeed } from '../api/feeds';
import { useLookup } from '../api/lookups';
import { CreatedFeed } from './created-feed';
import './calendar.css';

export function FeedsPage() {
  const { t } = useTranslation('calendar');
  const errorText = useErrorText();
  const dates = useDateFormat();
  const { orgId, role } = useCurrentOrg();
  const feeds = useFeeds(orgId);
  const create = useCreateFeed(orgId);
  const revoke = useRevokeFeed(orgId);
  const artists = useLookup(orgId, 'artists', role);
  const groups = useLookup(orgId, 'groups', role);
  const [kind, setKind] = useState<CalendarFeedKind>(role === 'relay' ? 'group' : 'artist');
  const [targetId, setTargetId] = useState('');
  const [revoking, setRevoking] = useState<string | null>(null);
  const staff = can(role, 'calendarFeeds.manageAny');
  // An artist's list of artists holds only their own record.
  const ownArtist = role === 'artist' ? artists.data?.[0] : undefined;
  const targets = (kind === 'artist' ? artists.data : groups.data) ?? [];

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'calendar')}>← {t('session.back')}</Link>
      </p>
      <PageHeader title={t('feeds.title')} description={t('feeds.intro')} />
      <div className="stack">
        {create.data ? <CreatedFeed feed={create.data} /> : null}
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <Card title={t('feeds.create')}>
          {role === 'artist' ? (
            ownArtist ? (
              <Button
                pending={create.isPending}
                onClick={() => create.mutate({ kind: 'artist', targetId: ownArtist.id })}
              >
                {t('feeds.createMine')}
              </Button>
            ) : (
              <p>{t('feeds.noArtistRecord')}</p>
            )
          ) : (
            <div className="feed-url">
              {staff ? (
                <SelectField
                  name="kind"
                  label={t('feeds.kind')}
                  value={kind}
                  onChange={(event) => {
                    setKind(event.target.value as CalendarFeedKind);
                    setTargetId('');
                  }}
                  options={(['artist', 'group'] as const).map((k) => ({
                    value: k,
                    label: t(`feeds.kinds.${k}`),
                  }))}
                />
              ) : null}
              <SelectField
                name="targetId"
                label={t('feeds.target')}
                value={targetId}
                onChange={(event) => setTargetId(event.target.value)}
                options={[
                  { value: '', label: '—' },
                  ...targets.map((o) => ({ value: o.id, label: o.name })),
                ]}
              />
              <Button
                pending={create.isPending}
                disabled={!targetId}
                onClick={() => create.mutate({ kind, targetId })}
              >
                {t('feeds.create')}
              </Button>
            </div>
          )}
        </Card>
        <h2 className="section-title">{t('feeds.list')}</h2>
        <QueryStatus query={feeds} />
        {feeds.data && feeds.data.items.length === 0 ? <p>{t('feeds.empty')}</p> : null}
        {feeds.data && feeds.data.items.length > 0 ? (
          <ItemList label={t('feeds.list')}>
            {feeds.data.items.map((feed) => (
              <Item
                key={feed.id}
                title={feed.targetName}
                meta={`${t(`feeds.kinds.${feed.kind}`)} · ${t('feeds.createdOn', { date: dates.date(feed.createdAt) })}`}
                actions={
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={`${t('feeds.revoke')} : ${feed.targetName}`}
                    onClick={() => setRevoking(feed.id)}
                  >
                    {t('feeds.revoke')}
                  </Button>
                }
              />
            ))}
          </ItemList>
        ) : null}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title={t('feeds.revokeTitle')}
        confirmLabel={t('feeds.revoke')}
        pending={revoke.isPending}
        error={revoke.isError ? errorText(revoke.error) : null}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking && revoke.mutate(revoking, { onSuccess: () => setRevoking(null) })
        }
      >
        <p>{t('feeds.revokeText')}</p>
      </ConfirmDialog>
    </>
  );
}
