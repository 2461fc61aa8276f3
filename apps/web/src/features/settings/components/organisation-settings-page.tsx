// Admins rename the organisation; its time zone is shown for reference.
import './organisation-settings-page.css';
import { OrganisationUpdateBodySchema } from '@tutti/contracts';
import { formatTimeZone } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Form, PageHeader, QueryStatus, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { useOrganisation, useRenameOrganisation } from '../api/organisation';
import { PublicProfileCard } from './public-profile-card';

export function OrganisationSettingsPage() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const { orgId } = useCurrentOrg();
  const organisation = useOrganisation(orgId);
  const rename = useRenameOrganisation(orgId);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: OrganisationUpdateBodySchema,
    onSubmit: async (values) => {
      setSaved(false);
      await rename.mutateAsync(values);
      setSaved(true);
    },
  });

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <QueryStatus query={organisation} />
      <div className="stack">
        {organisation.data ? (
          <Card title={t('identity')}>
            <Form formProps={form.formProps} error={form.formError} label={t('identity')}>
              {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
              <TextField
                name="name"
                autoComplete="organization"
                required
                label={t('name')}
                defaultValue={organisation.data.name}
                error={form.fieldError('name')}
              />
              <div className="form__actions">
                <Button type="submit" pending={form.pending}>
                  {t('common:save')}
                </Button>
              </div>
            </Form>
            <dl className="settings__facts">
              <dt>{t('timeZone')}</dt>
              <dd>
                {formatTimeZone(organisation.data.timeZone, i18n.language)} (
                {organisation.data.timeZone})
                <br />
                <span className="muted">{t('timeZoneHint')}</span>
              </dd>
            </dl>
          </Card>
        ) : null}
        <PublicProfileCard orgId={orgId} />
      </div>
    </>
  );
}
