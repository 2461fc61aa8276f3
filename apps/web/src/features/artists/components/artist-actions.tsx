// Archive or delete an artist's record; a refused delete says how many sessions book them.
import { useNavigate } from '@tanstack/react-router';
import type { Artist } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { ArchiveDeleteActions } from '@/features/places';
import { orgPath } from '@/lib/paths';
import { useDeleteArtist, useUpdateArtist } from '../api/save-artist';

export function ArtistActions({ orgId, artist }: { orgId: string; artist: Artist }) {
  const { t } = useTranslation('artists');
  const navigate = useNavigate();
  return (
    <ArchiveDeleteActions
      archived={artist.archivedAt !== null}
      labels={{
        archive: t('detail.archive'),
        unarchive: t('detail.unarchive'),
        delete: t('detail.delete'),
        deleteTitle: t('detail.deleteTitle', { name: artist.displayName }),
        deleteText: t('detail.deleteText'),
      }}
      update={useUpdateArtist(orgId, artist.id)}
      remove={useDeleteArtist(orgId, artist.id)}
      onDeleted={() => navigate({ to: orgPath(orgId, 'artists') })}
    />
  );
}
