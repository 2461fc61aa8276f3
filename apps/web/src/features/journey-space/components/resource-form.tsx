// A library resource's form: what it is, its content (a file of the media library, a link or a
// text), licence and rights, download and availability window, who it is for, the session and
// the participants it shows, and a recording's chapters.
import {
  type JourneySpace,
  type SpaceResource,
  type SpaceResourceBody,
  SpaceResourceBodySchema,
  showsPeopleKind,
  spaceLicences,
  spaceResourceKinds,
} from '@tutti/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, RowsFieldset, SelectField, TextField } from '@/components/ui';
import { FieldError } from '@/components/ui/field-error';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useGroupParticipants, useReadyMedia } from '../api/pickers';

type Source = 'file' | 'link' | 'text';
type Chapter = { startSeconds: number; title: string } | null;

/** `m:ss` or `h:mm:ss` (or plain seconds) to seconds; NaN when unreadable (then refused). */
export function secondsOf(text: string) {
  const parts = text.trim().split(':');
  if (parts.some((part) => !/^\d+$/.test(part)) || parts.length > 3) return Number.NaN;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

export function clockOf(seconds: number) {
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, '0')}`;
}

function readResource(form: HTMLFormElement): SpaceResourceBody {
  const v = readForm(form);
  const source = v.text('source') as Source;
  const showsPeople = v.checked('showsPeople');
  return {
    kind: v.text('kind') as SpaceResourceBody['kind'],
    title: v.text('title'),
    description: v.optionalText('description'),
    mediaId: source === 'file' ? v.optionalText('mediaId') : null,
    url: source === 'link' ? v.optionalText('url') : null,
    text: source === 'text' ? v.optionalText('text') : null,
    licence: v.text('licence') as SpaceResourceBody['licence'],
    rightsNote: v.optionalText('rightsNote'),
    downloadable: v.checked('downloadable'),
    availableFrom: v.optionalText('availableFrom'),
    availableUntil: v.optionalText('availableUntil'),
    audience: v.text('audience') === 'teachers' ? 'teachers' : 'everyone',
    sessionId: v.optionalText('sessionId'),
    showsPeople,
    participantIds: showsPeople ? v.all('participantIds') : [],
    chapters: v.rows('chapters').map((row) => ({
      startSeconds: secondsOf(row.start ?? ''),
      title: row.title ?? '',
    })),
  };
}

type Props = {
  orgId: string;
  space: JourneySpace;
  resource?: SpaceResource;
  submitLabel: string;
  onSubmit: (body: SpaceResourceBody) => Promise<unknown>;
  onCancel: () => void;
};

export function ResourceForm({ orgId, space, resource, submitLabel, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation(['journeySpace', 'vocabulary']);
  const ids = useId();
  const media = useReadyMedia(orgId);
  const participants = useGroupParticipants(orgId, space.journey.group.id);
  const [kind, setKind] = useState<SpaceResourceBody['kind']>(resource?.kind ?? 'audio');
  const [source, setSource] = useState<Source>(resource?.source.type ?? 'file');
  const [showsPeople, setShowsPeople] = useState(resource?.showsPeople ?? false);
  const form = useSchemaForm({ schema: SpaceResourceBodySchema, read: readResource, onSubmit });
  const error = form.fieldError;
  const shown = new Set(resource?.participants.map((person) => person.id) ?? []);
  const day = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  const sources: Source[] = ['file', 'link', 'text'];
  const sourceLabel = {
    file: t('form.sourceFile'),
    link: t('form.sourceLink'),
    text: t('form.sourceText'),
  };
  return (
    <Form formProps={form.formProps} error={form.formError} label={submitLabel}>
      <SelectField
        name="kind"
        label={t('form.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as SpaceResourceBody['kind'])}
        options={spaceResourceKinds.map((value) => ({
          value,
          label: t(`vocabulary:spaceResourceKind.${value}`),
        }))}
      />
      <TextField
        name="title"
        label={t('form.title')}
        required
        maxLength={200}
        defaultValue={resource?.title ?? ''}
        error={error('title')}
      />
      <TextField
        name="description"
        label={t('form.description')}
        maxLength={2000}
        defaultValue={resource?.description ?? ''}
        error={error('description')}
      />
      <fieldset className="space-form__choice">
        <legend>{t('form.source')}</legend>
        {sources.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="source"
              value={value}
              checked={source === value}
              onChange={() => setSource(value)}
            />
            {sourceLabel[value]}
          </label>
        ))}
      </fieldset>
      {source === 'file' ? (
        <SelectField
          name="mediaId"
          label={t('form.file')}
          hint={t('form.fileHint')}
          defaultValue={resource?.source.type === 'file' ? (resource.source.media?.id ?? '') : ''}
          error={error('mediaId')}
          options={[
            { value: '', label: t('form.noFile') },
            ...(media.data ?? []).map((file) => ({ value: file.id, label: file.fileName })),
          ]}
        />
      ) : null}
      {source === 'link' ? (
        <TextField
          name="url"
          type="url"
          label={t('form.url')}
          hint={t('form.urlHint')}
          maxLength={500}
          defaultValue={resource?.source.type === 'link' ? resource.source.url : ''}
          error={error('url')}
        />
      ) : null}
      {source === 'text' ? (
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-text`}>
            {t('form.text')}
          </label>
          <textarea
            id={`${ids}-text`}
            name="text"
            className="field__control"
            rows={6}
            maxLength={20_000}
            defaultValue={resource?.source.type === 'text' ? resource.source.text : ''}
            aria-invalid={error('text') ? true : undefined}
            aria-describedby={error('text') ? `${ids}-text-error` : undefined}
          />
          <FieldError id={`${ids}-text-error`} message={error('text')} />
        </div>
      ) : null}
      <div className="space-form__pair">
        <SelectField
          name="licence"
          label={t('form.licence')}
          defaultValue={resource?.licence ?? 'all_rights_reserved'}
          options={spaceLicences.map((value) => ({
            value,
            label: t(`vocabulary:spaceLicence.${value}`),
          }))}
        />
        <TextField
          name="rightsNote"
          label={t('form.rightsNote')}
          maxLength={1000}
          defaultValue={resource?.rightsNote ?? ''}
          error={error('rightsNote')}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="downloadable"
          defaultChecked={resource?.downloadable ?? false}
        />
        {t('form.downloadable')}
      </label>
      <div className="space-form__pair">
        <TextField
          name="availableFrom"
          type="date"
          label={t('form.availableFrom')}
          defaultValue={resource?.availableFrom ?? ''}
          error={error('availableFrom')}
        />
        <TextField
          name="availableUntil"
          type="date"
          label={t('form.availableUntil')}
          defaultValue={resource?.availableUntil ?? ''}
          error={error('availableUntil')}
        />
      </div>
      <SelectField
        name="audience"
        label={t('form.audience')}
        defaultValue={resource?.audience ?? 'everyone'}
        options={[
          { value: 'everyone', label: t('form.audienceEveryone') },
          { value: 'teachers', label: t('form.audienceTeachers') },
        ]}
      />
      <SelectField
        name="sessionId"
        label={t('form.session')}
        defaultValue={resource?.session?.id ?? ''}
        error={error('sessionId')}
        options={[
          { value: '', label: t('form.noSession') },
          ...space.steps.map((step) => ({
            value: step.sessionId,
            label: t('stepDate', {
              position: step.position,
              title: step.title ?? t(`vocabulary:sessionKind.${step.kind}`),
              date: day(step.startsAt, step.timeZone),
            }),
          })),
        ]}
      />
      {showsPeopleKind(kind) ? (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              name="showsPeople"
              checked={showsPeople}
              onChange={(event) => setShowsPeople(event.target.checked)}
            />
            {t('form.showsPeople')}
          </label>
          {showsPeople ? (
            <fieldset className="checkbox-group">
              <legend>{t('form.participants')}</legend>
              <p className="field__hint">{t('form.participantsHint')}</p>
              <div className="checkbox-group__options">
                {(participants.data?.items ?? []).map((person) => (
                  <label key={person.id} className="checkbox">
                    <input
                      type="checkbox"
                      name="participantIds"
                      value={person.id}
                      defaultChecked={shown.has(person.id)}
                    />
                    {[person.firstName, person.lastName].filter(Boolean).join(' ')}
                  </label>
                ))}
              </div>
              <FieldError id={`${ids}-people-error`} message={error('participantIds')} />
            </fieldset>
          ) : null}
        </>
      ) : null}
      {kind === 'audio' || kind === 'video' ? (
        <RowsFieldset<Chapter>
          name="chapters"
          legend={t('form.chapters')}
          addLabel={t('form.addChapter')}
          initial={resource?.chapters ?? []}
          blank={() => null}
          rowClassName="space-form__chapter"
          renderRow={({ at, value, index }) => (
            <>
              <TextField
                name={`${at}.start`}
                label={t('form.chapterStart')}
                inputMode="numeric"
                defaultValue={value ? clockOf(value.startSeconds) : ''}
                error={form.fieldErrorAt(`${at}.startSeconds`)}
              />
              <TextField
                name={`${at}.title`}
                label={t('form.chapterTitle', { index: index + 1 })}
                maxLength={200}
                defaultValue={value?.title ?? ''}
                error={form.fieldErrorAt(`${at}.title`)}
              />
            </>
          )}
        />
      ) : null}
      {error('chapters') ? <p className="field__error">{error('chapters')}</p> : null}
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </Form>
  );
}
