// Adds a resource to one list of the space: from the shared library, or a new one made here;
// for the whole journey or one step; for this group or every group of the journey.
import {
  type JourneySpace,
  playableKinds,
  type SpaceResourceBody,
  type SpaceSection,
} from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, SelectField } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useCreateSpaceResource, useSpaceLibrary } from '../api/resources';
import { useAddSpaceEntry } from '../api/space';
import { ResourceForm } from './resource-form';

type Props = {
  orgId: string;
  space: JourneySpace;
  section: SpaceSection;
  onClose: () => void;
};

export function AddEntryDialog({ orgId, space, section, onClose }: Props) {
  const { t, i18n } = useTranslation(['journeySpace', 'vocabulary']);
  const errorText = useErrorText();
  const library = useSpaceLibrary(orgId);
  const add = useAddSpaceEntry(orgId, space.journey.id);
  const create = useCreateSpaceResource(orgId);
  const [creating, setCreating] = useState(false);
  const [step, setStep] = useState('');
  const [shared, setShared] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const candidates = (library.data?.items ?? []).filter(
    (resource) => section === 'resources' || playableKinds.includes(resource.kind),
  );
  const day = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  const place = async (resourceId: string) => {
    setFailure(null);
    try {
      await add.mutateAsync({
        resourceId,
        section,
        stepPosition: step ? Number(step) : null,
        scope: shared ? 'shared' : 'journey',
      });
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const resourceId = String(new FormData(event.currentTarget).get('resourceId') ?? '');
    if (resourceId) void place(resourceId);
  };
  const placement = (
    <>
      <SelectField
        name="stepPosition"
        label={t('stepLabel')}
        hint={t('stepHint')}
        value={step}
        onChange={(event) => setStep(event.target.value)}
        options={[
          { value: '', label: t('wholeJourney') },
          ...space.steps
            .filter((s) => s.status !== 'cancelled')
            .map((s) => ({
              value: String(s.position),
              label: t('stepDate', {
                position: s.position,
                title: s.title ?? t(`vocabulary:sessionKind.${s.kind}`),
                date: day(s.startsAt, s.timeZone),
              }),
            })),
        ]}
      />
      {space.journey.template && space.journey.sharedWith > 1 ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={shared}
            onChange={(event) => setShared(event.target.checked)}
          />
          {t('shared', { count: space.journey.sharedWith })}
        </label>
      ) : null}
    </>
  );
  const title = `${t('addTitle')} · ${section === 'playlist' ? t('playlist') : t('resources')}`;
  return (
    <Dialog open onClose={onClose} title={title} className="space-dialog">
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {creating ? (
        <>
          {placement}
          <ResourceForm
            orgId={orgId}
            space={space}
            submitLabel={t('form.create')}
            onSubmit={async (body: SpaceResourceBody) => {
              const resource = await create.mutateAsync(body);
              await place(resource.id);
            }}
            onCancel={() => setCreating(false)}
          />
        </>
      ) : (
        <form className="form" onSubmit={submit} aria-label={title}>
          {candidates.length === 0 ? (
            <p className="muted">{t('noLibrary')}</p>
          ) : (
            <SelectField
              name="resourceId"
              label={t('fromLibrary')}
              hint={t('libraryHint')}
              options={candidates.map((resource) => ({
                value: resource.id,
                label: `${resource.title} (${t(`vocabulary:spaceResourceKind.${resource.kind}`)})`,
              }))}
            />
          )}
          {placement}
          <div className="form__actions">
            {candidates.length > 0 ? (
              <Button type="submit" pending={add.isPending}>
                {t('place')}
              </Button>
            ) : null}
            <Button variant="secondary" icon="plus" onClick={() => setCreating(true)}>
              {t('newResource')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
