// Share with the network's library: a text, one of the organisation's journey templates or one
// of its published files, with language, licence (SPDX), audiences and tags.
import './library.css';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import {
  agendaAudiences,
  type LibraryEntryKind,
  type LibraryShareBody,
  LibraryShareBodySchema,
  libraryEntryKinds,
  libraryFileKinds,
  libraryLicences,
  networkLanguages,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  CheckboxGroup,
  Form,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import { useShareEntry } from '../api/library';
import { useOwnMedia, useOwnTemplates } from '../api/pickers';

function readShare(form: HTMLFormElement) {
  const v = readForm(form);
  const kind = v.text('kind') as LibraryEntryKind;
  const isFile = libraryFileKinds.includes(kind);
  const isTemplate = kind === 'journey_template';
  return {
    kind,
    title: v.text('title'),
    summary: v.text('summary'),
    body: isFile ? null : v.optionalText('body'),
    language: v.text('language'),
    licence: v.text('licence'),
    audiences: v.all('audiences'),
    tags: v
      .text('tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    templateId: isTemplate ? v.optionalText('templateId') : null,
    mediaId: isFile ? v.optionalText('mediaId') : null,
  };
}

export function LibrarySharePage() {
  const { t, i18n } = useTranslation('networks');
  const { orgId } = useCurrentOrg();
  const { networkId = '' } = useParams({ strict: false }) as { networkId?: string };
  const base = orgPath(orgId, `reseaux/${networkId}/bibliotheque`);
  const navigate = useNavigate();
  const share = useShareEntry(orgId, networkId);
  const [kind, setKind] = useState<LibraryEntryKind>('method');
  const isFile = libraryFileKinds.includes(kind);
  const isTemplate = kind === 'journey_template';
  const templates = useOwnTemplates(orgId, isTemplate);
  const media = useOwnMedia(orgId, isFile);
  const form = useSchemaForm({
    schema: LibraryShareBodySchema,
    read: readShare,
    onSubmit: async (body: LibraryShareBody) => {
      const entry = await share.mutateAsync(body);
      await navigate({ to: `${base}/${entry.id}` });
    },
  });
  const error = form.fieldError;
  const language = networkLanguages.find((code) => i18n.language.startsWith(code)) ?? 'fr';
  return (
    <div className="library">
      <p>
        <Link to={base}>← {t('library.back')}</Link>
      </p>
      <PageHeader title={t('library.shareTitle')} description={t('library.shareLead')} />
      <Form formProps={form.formProps} error={form.formError} label={t('library.shareTitle')}>
        <SelectField
          name="kind"
          label={t('library.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as LibraryEntryKind)}
          options={libraryEntryKinds.map((value) => ({
            value,
            label: t(`library.kinds.${value}`),
          }))}
        />
        <TextField
          name="title"
          label={t('library.entryTitle')}
          required
          maxLength={200}
          error={error('title')}
        />
        <TextField
          name="summary"
          label={t('library.summary')}
          required
          maxLength={1000}
          error={error('summary')}
        />
        {isTemplate ? (
          <SelectField
            name="templateId"
            label={t('library.template')}
            error={error('templateId')}
            options={[
              { value: '', label: t('library.choose') },
              ...(templates.data?.items ?? []).map((template) => ({
                value: template.id,
                label: template.name,
              })),
            ]}
          />
        ) : null}
        {isFile ? (
          <SelectField
            name="mediaId"
            label={t('library.media')}
            error={error('mediaId')}
            options={[
              { value: '', label: t('library.choose') },
              ...(media.data ?? []).map((file) => ({ value: file.id, label: file.fileName })),
            ]}
          />
        ) : null}
        {isFile ? null : (
          <TextAreaField
            name="body"
            label={t('library.body')}
            rows={10}
            maxLength={20_000}
            error={error('body')}
          />
        )}
        <SelectField
          name="language"
          label={t('library.language')}
          defaultValue={language}
          options={networkLanguages.map((code) => ({
            value: code,
            label: t(`library.languages.${code}`),
          }))}
        />
        <SelectField
          name="licence"
          label={t('library.licence')}
          defaultValue="CC-BY-SA-4.0"
          options={libraryLicences.map((code) => ({
            value: code,
            label: `${t(`library.licences.${code}`)} (${code})`,
          }))}
        />
        <CheckboxGroup
          legend={t('library.audiences')}
          options={agendaAudiences.map((code) => ({
            name: 'audiences',
            value: code,
            label: t(`library.audienceNames.${code}`),
            checked: false,
          }))}
        />
        <TextField
          name="tags"
          label={t('library.tags')}
          hint={t('library.tagsHint')}
          maxLength={400}
          error={error('tags')}
        />
        <Button type="submit" disabled={form.pending}>
          {t('library.submitShare')}
        </Button>
      </Form>
    </div>
  );
}
