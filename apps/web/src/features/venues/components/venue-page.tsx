// One venue, edited in place; archive or delete it.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useUpdateVenue } from '../api/save-venue';
import { useVenue } from '../api/venues';
import { VenueActions } from './venue-actions';
import { VenueForm } from './venue-form';

export function VenuePage() {
  const { t } = useTranslation(['venues', 'common']);
  const { orgId } = useCurrentOrg();
  const { venueId = '' } = useParams({ strict: false }) as { venueId?: string };
  const venue = useVenue(orgId, venueId);
  const update = useUpdateVenue(orgId, venueId);
  const [saved, setSaved] = useState(0);
  const data = venue.data;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'venues')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={venue} />
      {data ? (
        <>
          <PageHeader
            title={data.name}
            description={[t(`kinds.${data.kind}`), data.communeName].filter(Boolean).join(' · ')}
            actions={<VenueActions orgId={orgId} venue={data} />}
          />
          <div className="stack">
            {data.archivedAt ? <Alert tone="info">{t('detail.archivedNotice')}</Alert> : null}
            {saved > 0 ? <Alert tone="success">{t('form.saved')}</Alert> : null}
            <VenueForm
              // A fresh form after each save shows what the server kept.
              key={saved}
              orgId={orgId}
              venue={data}
              submitLabel={t('common:save')}
              onSubmit={async (body) => {
                await update.mutateAsync(body);
                setSaved((n) => n + 1);
              }}
            />
          </div>
        </>
      ) : null}
    </>
  );
}
