// Lists a new ensemble (`ensembles/new`) or edits a listing (`ensembles/<id>`), then goes back to
// the directory. What the form does not show (levels, learning tools, accessibility, other places
// and the first place's position or venue) is sent back as it was.
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import type { Ensemble, EnsembleCreateBody } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useEnsemble, useSaveEnsemble } from '../api/ensembles';
import { EnsembleForm } from './ensemble-form';

/** The body of an edit: the form's fields over what the listing had. */
function keepUnseen(ensemble: Ensemble, body: EnsembleCreateBody): EnsembleCreateBody {
  const [first, ...others] = ensemble.places;
  const typed = body.places[0]!;
  const samePlace = first && first.communeCode === typed.communeCode;
  return {
    ...body,
    levels: ensemble.levels,
    learningTools: ensemble.learningTools,
    accessibility: ensemble.accessibility,
    feeNotes: ensemble.feeNotes,
    places: [
      samePlace
        ? {
            ...typed,
            venueId: first.venueId,
            label: first.label,
            latitude: first.latitude,
            longitude: first.longitude,
          }
        : typed,
      ...others.map((place) => ({
        venueId: place.venueId,
        label: place.label,
        addressLine: place.addressLine,
        postalCode: place.postalCode,
        communeCode: place.communeCode,
        communeName: place.communeName,
        latitude: place.latitude,
        longitude: place.longitude,
      })),
    ],
  };
}

export function EnsembleEditPage() {
  const { t } = useTranslation('directory');
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const params = useParams({ strict: false }) as { ensembleId?: string };
  const ensembleId = params.ensembleId ?? null;
  const ensemble = useEnsemble(orgId, ensembleId);
  const save = useSaveEnsemble(orgId, ensembleId);
  const back = orgPath(orgId, 'ensembles');
  const title = ensembleId ? (ensemble.data?.name ?? t('form.editTitle')) : t('form.newTitle');

  return (
    <>
      <p>
        <Link to={back}>← {t('form.back')}</Link>
      </p>
      <PageHeader title={title} />
      {ensembleId ? <QueryStatus query={ensemble} /> : null}
      {!ensembleId || ensemble.data ? (
        <EnsembleForm
          {...(ensemble.data ? { ensemble: ensemble.data } : {})}
          submitLabel={ensembleId ? t('form.save') : t('form.create')}
          onSubmit={async (body) => {
            await save.mutateAsync(ensemble.data ? keepUnseen(ensemble.data, body) : body);
            await navigate({ to: back });
          }}
        />
      ) : null}
    </>
  );
}
