// The organisation's artists: search, filter by skill, open one, create one.
import { Link } from '@tanstack/react-router';
import { sessionKinds } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  buttonClass,
  Item,
  ItemList,
  ListFilters,
  PageHeader,
  Pager,
  QueryStatus,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { ARTISTS_PAGE_SIZE, type ArtistFilters, useArtists } from '../api/artists';

export function ArtistsPage() {
  const { t } = useTranslation(['artists', 'places', 'vocabulary']);
  const { orgId } = useCurrentOrg();
  const [filters, setFilters] = useState<ArtistFilters>({
    q: '',
    skill: '',
    includeArchived: false,
    offset: 0,
  });
  const artists = useArtists(orgId, filters);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <Link to={orgPath(orgId, 'artists/new')} className={buttonClass({})}>
            {t('new')}
          </Link>
        }
      />
      <div className="stack">
        <ListFilters
          searchLabel={t('searchLabel')}
          kindLabel={t('skillFilter')}
          kinds={sessionKinds.map((kind) => ({
            value: kind,
            label: t(`vocabulary:sessionKind.${kind}`),
          }))}
          onChange={(change) =>
            setFilters({
              q: change.q,
              skill: change.kind as ArtistFilters['skill'],
              includeArchived: change.includeArchived,
              offset: 0,
            })
          }
        />
        <QueryStatus query={artists} />
        {artists.data ? (
          <>
            <p aria-live="polite" className="muted">
              {t('places:count', { count: artists.data.total })}
            </p>
            {artists.data.items.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ItemList label={t('list')}>
                {artists.data.items.map((artist) => (
                  <Item
                    key={artist.id}
                    title={
                      <Link to={orgPath(orgId, `artists/${artist.id}`)}>{artist.displayName}</Link>
                    }
                    badges={
                      <>
                        {artist.skills.map((skill) => (
                          <Badge key={skill} tone="primary">
                            {t(`vocabulary:sessionKind.${skill}`)}
                          </Badge>
                        ))}
                        {artist.userId ? <Badge tone="success">{t('linked')}</Badge> : null}
                        {artist.archivedAt ? <Badge>{t('places:archived')}</Badge> : null}
                      </>
                    }
                    meta={[
                      artist.instruments.join(', '),
                      artist.homeCommuneName,
                      t(`vocabulary:transportMode.${artist.transportMode}`),
                      artist.maxTravelKmPerDay
                        ? t('maxTravel', { count: artist.maxTravelKmPerDay })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={ARTISTS_PAGE_SIZE}
              total={artists.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
      </div>
    </>
  );
}
