// The organisation's venues: search, filter by type, open one, create one.
import { Link } from '@tanstack/react-router';
import { venueKinds } from '@tutti/contracts';
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
import { ImportExportActions } from '@/features/imports';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useVenues, VENUES_PAGE_SIZE, type VenueFilters } from '../api/venues';

export function VenuesPage() {
  const { t } = useTranslation(['venues', 'places']);
  const { orgId } = useCurrentOrg();
  const [filters, setFilters] = useState<VenueFilters>({
    q: '',
    kind: '',
    includeArchived: false,
    offset: 0,
  });
  const venues = useVenues(orgId, filters);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <ImportExportActions entity="venues">
            <Link to={orgPath(orgId, 'venues/new')} className={buttonClass({})}>
              {t('new')}
            </Link>
          </ImportExportActions>
        }
      />
      <div className="stack">
        <ListFilters
          searchLabel={t('searchLabel')}
          kindLabel={t('kindFilter')}
          kinds={venueKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onChange={(change) =>
            setFilters({ ...change, kind: change.kind as VenueFilters['kind'], offset: 0 })
          }
        />
        <QueryStatus query={venues} />
        {venues.data ? (
          <>
            <p aria-live="polite" className="muted">
              {t('places:count', { count: venues.data.total })}
            </p>
            {venues.data.items.length === 0 ? (
              <p>{t('empty')}</p>
            ) : (
              <ItemList label={t('list')}>
                {venues.data.items.map((venue) => (
                  <Item
                    key={venue.id}
                    title={<Link to={orgPath(orgId, `venues/${venue.id}`)}>{venue.name}</Link>}
                    badges={
                      <>
                        <Badge tone="primary">{t(`kinds.${venue.kind}`)}</Badge>
                        {venue.stepFreeAccess ? (
                          <Badge tone="success">{t('stepFree')}</Badge>
                        ) : null}
                        {venue.archivedAt ? <Badge>{t('places:archived')}</Badge> : null}
                      </>
                    }
                    meta={[
                      [venue.postalCode, venue.communeName].filter(Boolean).join(' '),
                      venue.capacity ? t('capacity', { count: venue.capacity }) : null,
                      venue.equipment.map((item) => t(`equipment.${item}`)).join(', '),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={VENUES_PAGE_SIZE}
              total={venues.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
      </div>
    </>
  );
}
