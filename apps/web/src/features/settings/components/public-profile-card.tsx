// Admins publish the organisation's public page (/p/<slug>): on or off, its short address,
// a description and a region; once it has an address, the link and its QR code to print.
import { PublicProfileUpdateBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  Form,
  PublicLink,
  QueryStatus,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { usePublicProfile, useUpdatePublicProfile } from '../api/public-profile';

function readProfile(form: HTMLFormElement) {
  const text = (name: string) => (new FormData(form).get(name) as string | null)?.trim() || null;
  return {
    published: (form.elements.namedItem('published') as HTMLInputElement).checked,
    slug: text('slug'),
    description: text('description'),
    region: text('region'),
  };
}

export function PublicProfileCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['settings', 'common']);
  const profile = usePublicProfile(orgId);
  const update = useUpdatePublicProfile(orgId);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: PublicProfileUpdateBodySchema,
    read: readProfile,
    onSubmit: async (values) => {
      setSaved(false);
      await update.mutateAsync(values);
      setSaved(true);
    },
  });
  const data = profile.data;

  return (
    <Card title={t('public.title')}>
      <p>{t('public.intro')}</p>
      <QueryStatus query={profile} />
      {data ? (
        <Form formProps={form.formProps} error={form.formError} label={t('public.title')}>
          {saved ? <Alert tone="success">{t('public.saved')}</Alert> : null}
          <label className="checkbox">
            <input type="checkbox" name="published" defaultChecked={data.published} />
            {t('public.published')}
          </label>
          <TextField
            name="slug"
            label={t('public.slug')}
            hint={t('public.slugHint')}
            defaultValue={data.slug ?? ''}
            autoComplete="off"
            spellCheck={false}
            error={form.fieldError('slug')}
          />
          <TextAreaField
            name="description"
            label={t('public.description')}
            rows={3}
            maxLength={600}
            defaultValue={data.description ?? ''}
            error={form.fieldError('description')}
          />
          <TextField
            name="region"
            label={t('public.region')}
            defaultValue={data.region ?? ''}
            maxLength={120}
            error={form.fieldError('region')}
          />
          <div className="form__actions">
            <Button type="submit" pending={form.pending}>
              {t('common:save')}
            </Button>
          </div>
          {data.url && data.published ? (
            <PublicLink
              url={data.url}
              labels={{
                qrAlt: t('public.qrAlt'),
                downloadSvg: t('public.downloadSvg'),
                downloadPng: t('public.downloadPng'),
              }}
            />
          ) : null}
        </Form>
      ) : null}
    </Card>
  );
}
