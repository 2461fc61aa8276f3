// The journey space on a journey's page: where families open it, its playlist and resources per
// step with what each shows now and why not, and for coordinators the tools to fill them.
import './space.css';
import { Link } from '@tanstack/react-router';
import {
  can,
  type JourneySpace,
  type SpaceEntry,
  type SpaceResourceBody,
  type SpaceSection,
  SpaceSettingsBodySchema,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  Form,
  Item,
  ItemList,
  QueryStatus,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { isApiError } from '@/lib/api-client';
import { useSchemaForm } from '@/lib/form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import { useSetPublication, useUpdateSpaceResource } from '../api/resources';
import {
  useJourneySpace,
  useOrderSpaceEntries,
  useRemoveSpaceEntry,
  useUpdateSpaceSettings,
} from '../api/space';
import { AddEntryDialog } from './add-entry-dialog';
import { ResourceForm } from './resource-form';

/** Shown on a journey's page to the roles that read spaces; nothing for others. */
export function JourneySpaceCard({ orgId, journeyId }: { orgId: string; journeyId: string }) {
  const { role } = useCurrentOrg();
  if (!can(role, 'journeySpaces.read')) return null;
  return <SpaceBody orgId={orgId} journeyId={journeyId} />;
}

function SpaceBody({ orgId, journeyId }: { orgId: string; journeyId: string }) {
  const { t } = useTranslation('journeySpace');
  const { role } = useCurrentOrg();
  const manager = can(role, 'journeySpaces.manage');
  const query = useJourneySpace(orgId, journeyId);
  const [adding, setAdding] = useState<SpaceSection | null>(null);
  const [settings, setSettings] = useState(false);
  const space = query.data;
  return (
    <Card title={t('title')} className="space-card">
      <QueryStatus query={query} />
      {space ? (
        <>
          <p className="muted">{t('lead')}</p>
          <p className="space-card__links">
            {space.groupUrl ? (
              <a href={space.groupUrl} target="_blank" rel="noreferrer">
                {t('openAsFamily')}
              </a>
            ) : (
              <>
                {t('noGroupLink')}{' '}
                <Link to={orgPath(orgId, `groups/${space.journey.group.id}`)}>
                  {t('groupPage')}
                </Link>
              </>
            )}
          </p>
          {space.publicUrl ? (
            <p>
              {t('publicAt')}{' '}
              <a href={space.publicUrl} target="_blank" rel="noreferrer">
                {space.publicUrl}
              </a>
            </p>
          ) : null}
          {manager ? (
            <p>
              <Button variant="secondary" size="small" onClick={() => setSettings(true)}>
                {t('settings')}
              </Button>
            </p>
          ) : null}
          {(['playlist', 'resources'] as const).map((section) => (
            <Section
              key={section}
              orgId={orgId}
              space={space}
              section={section}
              manager={manager}
              onAdd={() => setAdding(section)}
            />
          ))}
          {adding ? (
            <AddEntryDialog
              orgId={orgId}
              space={space}
              section={adding}
              onClose={() => setAdding(null)}
            />
          ) : null}
          <SettingsDialog
            orgId={orgId}
            space={space}
            open={settings}
            onClose={() => setSettings(false)}
          />
        </>
      ) : null}
    </Card>
  );
}

function Section(props: {
  orgId: string;
  space: JourneySpace;
  section: SpaceSection;
  manager: boolean;
  onAdd: () => void;
}) {
  const { t, i18n } = useTranslation(['journeySpace', 'vocabulary']);
  const { space, section } = props;
  const entries = space.entries.filter((entry) => entry.section === section);
  const lists = new Map<number | null, SpaceEntry[]>();
  for (const entry of entries) {
    lists.set(entry.stepPosition, [...(lists.get(entry.stepPosition) ?? []), entry]);
  }
  const day = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  const heading = (position: number | null) => {
    if (position === null) return t('wholeJourney');
    const step = space.steps.find((s) => s.position === position && s.status !== 'cancelled');
    if (!step) return t('step', { position, title: '' });
    return t('stepDate', {
      position,
      title: step.title ?? t(`vocabulary:sessionKind.${step.kind}`),
      date: day(step.startsAt, step.timeZone),
    });
  };
  const title = section === 'playlist' ? t('playlist') : t('resources');
  return (
    <section className="space-card__section" aria-label={title}>
      <div className="space-card__heading">
        <h3>{title}</h3>
        {props.manager ? (
          <Button variant="secondary" size="small" icon="plus" onClick={props.onAdd}>
            {`${t('add')} · ${title}`}
          </Button>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p className="muted">{section === 'playlist' ? t('emptyPlaylist') : t('emptyResources')}</p>
      ) : null}
      {[...lists.entries()].map(([position, list]) => (
        <div key={position ?? 'journey'}>
          <h4 className="space-card__step">{heading(position)}</h4>
          <EntryList
            orgId={props.orgId}
            space={space}
            section={section}
            position={position}
            entries={list}
            manager={props.manager}
          />
        </div>
      ))}
    </section>
  );
}

function EntryList(props: {
  orgId: string;
  space: JourneySpace;
  section: SpaceSection;
  position: number | null;
  entries: SpaceEntry[];
  manager: boolean;
}) {
  const { t } = useTranslation('journeySpace');
  const errorText = useErrorText();
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
                  <Badge>{t(`kind.${resource.kind}`)}</Badge>
                  {entry.shown ? <Badge tone="success">{t('shown')}</Badge> : null}
                  {!entry.shown && reasons.length === 0 ? <Badge>{t('afterStep')}</Badge> : null}
                  {reasons.map((reason) => (
                    <Badge key={reason} tone={reason === 'not_published' ? 'neutral' : 'danger'}>
                      {t(`heldBack.${reason}`)}
                    </Badge>
                  ))}
                  {entry.scope === 'shared' ? (
                    <Badge tone="primary">
                      {t('sharedBadge', { count: props.space.journey.sharedWith })}
                    </Badge>
                  ) : null}
                </>
              }
              meta={[t(`licence.${resource.licence}`), resource.rightsNote]
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
    </Dialog>
  );
}

function SettingsDialog(props: {
  orgId: string;
  space: JourneySpace;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('journeySpace');
  const save = useUpdateSpaceSettings(props.orgId, props.space.journey.id);
  const form = useSchemaForm({
    schema: SpaceSettingsBodySchema,
    read: (element) => {
      const v = readForm(element);
      return { welcome: v.optionalText('welcome'), publicSlug: v.optionalText('publicSlug') };
    },
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      props.onClose();
    },
  });
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('settingsTitle')}>
      <Form formProps={form.formProps} error={form.formError}>
        <TextField
          name="welcome"
          label={t('welcome')}
          hint={t('welcomeHint')}
          maxLength={2000}
          defaultValue={props.space.welcome ?? ''}
          error={form.fieldError('welcome')}
        />
        <TextField
          name="publicSlug"
          label={t('publicSlug')}
          hint={t('publicSlugHint')}
          maxLength={60}
          defaultValue={props.space.publicSlug ?? ''}
          error={form.fieldError('publicSlug')}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('save')}
          </Button>
          <Button variant="secondary" onClick={props.onClose}>
            {t('cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
