// Creates an artist's record, then opens it.
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useCreateArtist } from '../api/save-artist';
import { ArtistForm } from './artist-form';

export function ArtistNewPage() {
  const { t } = useTranslation('artists');
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const create = useCreateArtist(orgId);
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'artists')}>← {t('detail.back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <ArtistForm
        orgId={orgId}
        submitLabel={t('form.create')}
        onSubmit={async (body) => {
          const artist = await create.mutateAsync(body);
          await navigate({ to: orgPath(orgId, `artists/${artist.id}`) });
        }}
      />
    </>
  );
}
