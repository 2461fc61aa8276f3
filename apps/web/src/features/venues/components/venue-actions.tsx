// Archive or delete a venue; a refused delete says how many sessions use it and offers archiving.
import { useNavigate } from '@tanstack/react-router';
import type { Venue } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { ArchiveDeleteActions } from '@/features/places';
import { orgPath } from '@/lib/paths';
import { useDeleteVenue, useUpdateVenue } from '../api/save-venue';

export function VenueActions({ orgId, venue }: { orgId: string; venue: Venue }) {
  const { t } = useTranslation('venues');
  const navigate = useNavigate();
  return (
    <ArchiveDeleteActions
      archived={venue.archivedAt !== null}
      labels={{
        archive: t('detail.archive'),
        unarchive: t('detail.unarchive'),
        delete: t('detail.delete'),
        deleteTitle: t('detail.deleteTitle', { name: venue.name }),
        deleteText: t('detail.deleteText'),
      }}
      update={useUpdateVenue(orgId, venue.id)}
      remove={useDeleteVenue(orgId, venue.id)}
      onDeleted={() => navigate({ to: orgPath(orgId, 'venues') })}
    />
  );
}
