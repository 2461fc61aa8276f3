// One list of a journey space on the coordinator's card: each entry with what it shows now and why
// not (the people whose consent is missing), and for coordinators: order, publish, edit, remove.
import type { JourneySpace, SpaceEntry, SpaceResourceBody, SpaceSection } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Dialog, Item, ItemList } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSetPublication, useUpdateSpaceResource } from '../api/resources';
import { useOrderSpaceEntries, useRemoveSpaceEntry } from '../api/space';
import { CaptionsSection, useLanguageName } from './captions-section';
import { ResourceForm } from './resource-form';

export function EntryList(props: {
  orgId: string;
  space: JourneySpace;
  section: SpaceSection;
  position: number | null;
  entries: SpaceEntry[];
  manager: boolean;
}) {
  const { t } = useTranslation(['journeySpace', 'vocabulary']);
  const errorText = useErrorText();
  const languageName = useLanguageName();
  const journeyId = props.space.journey.id;
  const order = useOrderSpaceEntries(props.orgId, journeyId);
  const remove = useRemoveSpaceEntry(props.orgId, journeyId);
  const publication = useSetPublication(props.orgId);
  const [editing, setEditing] = useState<SpaceEntry | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const move = (index: number, by: -1 | 1) => {
    const ids = props.entries.map((entry) => entry.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    order.mutate({ section: props.section, stepPosition: props.position, entryIds: ids });
  };
  const toggle = (entry: SpaceEntry) => {
    setRefusal(null);
    publication.mutate(
      { resourceId: entry.resource.id, published: !entry.resource.published },
      {
        onError: (error) =>
          setRefusal(
            isApiError(error) && error.code === 'SPACE.HELD_BACK'
              ? t('publishRefused', {
                  purpose: t(
                    entry.resource.consentPurpose === 'photos'
                      ? 'purpose.photos'
                      : 'purpose.audio_video',
                  ),
                })
              : errorText(error),
          ),
      },
    );
  };
  return (
    <>
      {refusal ? <Alert tone="error">{refusal}</Alert> : null}
      <ItemList label={props.section}>
        {props.entries.map((entry, index) => {
          const { resource } = entry;
          const reasons = resource.heldBack;
          const people = resource.participants.filter((person) => person.consent !== 'given');
          return (
            <Item
              key={entry.id}
              title={resource.title}
              badges={
                <>
                  <Badge>{t(`vocabulary:spaceResourceKind.${resource.kind}`)}</Badge>
                  {entry.shown ? <Badge tone="success">{t('shown')}</Badge> : null}
                  {!entry.shown && reasons.length === 0 ? <Badge>{t('afterStep')}</Badge> : null}
                  {reasons.map((reason) => (
                    <Badge key={reason} tone={reason === 'not_published' ? 'neutral' : 'danger'}>
                      {t(`heldBack.${reason}`)}
                    </Badge>
                  ))}
                  {resource.captions.length > 0 ? (
                    <Badge>
                      {t('captions.badge', {
                        languages: resource.captions
                          .map((track) => languageName(track.lang))
                          .join(', '),
                      })}
                    </Badge>
                  ) : null}
                  {entry.scope === 'shared' ? (
                    <Badge tone="primary">
                      {t('sharedBadge', { count: props.space.journey.sharedWith })}
                    </Badge>
                  ) : null}
                </>
              }
              meta={[t(`vocabulary:spaceLicence.${resource.licence}`), resource.rightsNote]
                .filter(Boolean)
                .join(' · ')}
              actions={
                props.manager ? (
                  <>
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={t('moveUp', { title: resource.title })}
                      disabled={index === 0 || order.isPending}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={t('moveDown', { title: resource.title })}
                      disabled={index === props.entries.length - 1 || order.isPending}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </Button>
                    <Button
                      variant={resource.published ? 'secondary' : 'primary'}
                      size="small"
                      pending={publication.isPending}
                      onClick={() => toggle(entry)}
                    >
                      {resource.published ? t('unpublish') : t('publish')}
                    </Button>
                    <Button variant="secondary" size="small" onClick={() => setEditing(entry)}>
                      {t('edit')}
                    </Button>
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={t('removeEntry', { title: resource.title })}
                      pending={remove.isPending}
                      onClick={() => remove.mutate(entry.id)}
                    >
                      {t('remove')}
                    </Button>
                  </>
                ) : null
              }
            >
              {people.length > 0 ? (
                <p className="space-card__why">
                  {t('whyHeld', {
                    people: people
                      .map((person) => `${person.firstName} (${t(`consent.${person.consent}`)})`)
                      .join(', '),
                  })}
                </p>
              ) : null}
            </Item>
          );
        })}
      </ItemList>
      {editing ? (
        <EditDialog
          orgId={props.orgId}
          space={props.space}
          entry={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function EditDialog(props: {
  orgId: string;
  space: JourneySpace;
  entry: SpaceEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation('journeySpace');
  const update = useUpdateSpaceResource(props.orgId, props.entry.resource.id);
  return (
    <Dialog open onClose={props.onClose} title={t('editTitle')} className="space-dialog">
      <ResourceForm
        orgId={props.orgId}
        space={props.space}
        resource={props.entry.resource}
        submitLabel={t('form.save')}
        onSubmit={async (body: SpaceResourceBody) => {
          await update.mutateAsync(body);
          props.onClose();
        }}
        onCancel={props.onClose}
      />
      {props.entry.resource.kind === 'video' ? (
        <CaptionsSection orgId={props.orgId} resource={props.entry.resource} />
      ) : null}
    </Dialog>
  );
}
