// Creates a venue, then opens its page.
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useCreateVenue } from '../api/save-venue';
import { VenueForm } from './venue-form';

export function VenueNewPage() {
  const { t } = useTranslation('venues');
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const create = useCreateVenue(orgId);
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'venues')}>← {t('detail.back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <VenueForm
        orgId={orgId}
        submitLabel={t('form.create')}
        onSubmit={async (body) => {
          const venue = await create.mutateAsync(body);
          await navigate({ to: orgPath(orgId, `venues/${venue.id}`) });
        }}
      />
    </>
  );
}
