// A journey template, new or edited; a template in use is archived rather than deleted.
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, ConfirmDialog, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useDeleteTemplate, useSaveTemplate, useTemplate } from '../api/templates';
import { TemplateForm } from './template-form';
import './journeys.css';

export function TemplateNewPage() {
  const { t } = useTranslation('journeys');
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const save = useSaveTemplate(orgId);
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'journeys/templates')}>← {t('templates.backTemplates')}</Link>
      </p>
      <PageHeader title={t('template.newTitle')} />
      <TemplateForm
        submitLabel={t('template.create')}
        onSubmit={async (body) => {
          const template = await save.mutateAsync(body);
          await navigate({ to: orgPath(orgId, `journeys/templates/${template.id}`) });
        }}
      />
    </>
  );
}

export function TemplatePage() {
  const { t } = useTranslation(['journeys', 'common']);
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const { templateId = '' } = useParams({ strict: false }) as { templateId?: string };
  const template = useTemplate(orgId, templateId);
  const save = useSaveTemplate(orgId, templateId);
  const remove = useDeleteTemplate(orgId, templateId);
  const [saved, setSaved] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const data = template.data;
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'journeys/templates')}>← {t('templates.backTemplates')}</Link>
      </p>
      <QueryStatus query={template} />
      {data ? (
        <>
          <PageHeader
            title={data.name}
            description={t('templates.used', { count: data.journeyCount })}
            actions={
              <div className="inline-actions">
                <Button
                  variant="secondary"
                  pending={save.isPending}
                  onClick={() =>
                    save.mutate(
                      { archived: !data.archived },
                      { onSuccess: () => template.refetch() },
                    )
                  }
                >
                  {data.archived ? t('template.unarchive') : t('template.archive')}
                </Button>
                <Button variant="ghost" icon="trash" onClick={() => setConfirming(true)}>
                  {t('template.delete')}
                </Button>
              </div>
            }
          />
          {saved > 0 ? <Alert tone="success">{t('template.saved')}</Alert> : null}
          <TemplateForm
            key={saved}
            template={data}
            submitLabel={t('common:save')}
            onSubmit={async (body) => {
              await save.mutateAsync(body);
              await template.refetch();
              setSaved((n) => n + 1);
            }}
          />
          <ConfirmDialog
            open={confirming}
            title={t('template.deleteTitle')}
            confirmLabel={t('template.delete')}
            pending={remove.isPending}
            error={remove.isError ? errorText(remove.error) : null}
            onClose={() => setConfirming(false)}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => navigate({ to: orgPath(orgId, 'journeys/templates') }),
              })
            }
          >
            <p>{t('template.deleteText')}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
