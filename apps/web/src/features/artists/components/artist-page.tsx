// One artist's record, edited in place; archive or delete it.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useArtist } from '../api/artists';
import { useUpdateArtist } from '../api/save-artist';
import { ArtistActions } from './artist-actions';
import { ArtistForm } from './artist-form';

export function ArtistPage() {
  const { t } = useTranslation(['artists', 'common']);
  const { orgId } = useCurrentOrg();
  const { artistId = '' } = useParams({ strict: false }) as { artistId?: string };
  const artist = useArtist(orgId, artistId);
  const update = useUpdateArtist(orgId, artistId);
  const [saved, setSaved] = useState(0);
  const data = artist.data;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'artists')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={artist} />
      {data ? (
        <>
          <PageHeader
            title={data.displayName}
            description={[data.instruments.join(', '), data.homeCommuneName]
              .filter(Boolean)
              .join(' · ')}
            actions={<ArtistActions orgId={orgId} artist={data} />}
          />
          <div className="stack">
            {data.archivedAt ? <Alert tone="info">{t('detail.archivedNotice')}</Alert> : null}
            {saved > 0 ? <Alert tone="success">{t('form.saved')}</Alert> : null}
            <ArtistForm
              // A fresh form after each save shows what the server kept.
              key={saved}
              orgId={orgId}
              artist={data}
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
