// A session's footprint: figures, split, every trip, and the session's own van.
import { Link, useParams } from '@tanstack/react-router';
import { can, SessionCarbonSettingsUpdateBodySchema, type SessionKind } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  Form,
  Loading,
  PageHeader,
  QueryStatus,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { useSessionFootprint } from '../api/footprints';
import { useSaveSessionVan, useSessionCarbonSettings } from '../api/settings';
import './carbon.css';
import { readForm } from '@/lib/read-form';
import { FlagsCard } from './flags-card';
import { FootprintNotes } from './footprint-notes';
import { LinesTable } from './lines-table';
import { SourceShares } from './source-shares';
import { SummaryFigures } from './summary-figures';

export function SessionFootprintPage() {
  const { t } = useTranslation(['carbon', 'vocabulary']);
  const { orgId, role } = useCurrentOrg();
  const { sessionId = '' } = useParams({ strict: false }) as { sessionId?: string };
  const footprint = useSessionFootprint(orgId, sessionId);
  const data = footprint.data;
  // Flags come first: the headline is not whole until they are seen to (kept there once confirmed).
  const flagged = (data?.flags.length ?? 0) > 0;
  const canEdit = can(role, 'carbon.edit');

  return (
    <>
      {data ? (
        <p>
          <Link to={orgPath(orgId, `carbon/projects/${data.session.projectId}`)}>
            ← {t('session.back')}
          </Link>
        </p>
      ) : null}
      <QueryStatus query={footprint} />
      {data ? (
        <>
          <PageHeader
            title={t('session.title', {
              name:
                data.session.title ??
                t(`vocabulary:sessionKind.${data.session.kind as SessionKind}`),
            })}
            description={[data.session.date, data.session.venueName].filter(Boolean).join(' · ')}
          />
          <div className="stack">
            {flagged ? <FlagsCard flags={data.flags} /> : null}
            <Card title={t('panel.title')}>
              <SummaryFigures summary={data.summary} />
              <h3>{t('panel.bySource')}</h3>
              <SourceShares summary={data.summary} />
              <FootprintNotes notes={data.notes} />
            </Card>
            {flagged ? null : <FlagsCard flags={data.flags} />}
            {canEdit && data.session.kind !== 'online' ? (
              <SessionVanCard orgId={orgId} sessionId={sessionId} />
            ) : null}
            <Card title={t('lines.title')}>
              <LinesTable lines={data.lines} />
            </Card>
          </div>
        </>
      ) : null}
    </>
  );
}

function SessionVanCard({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation(['carbon', 'vocabulary']);
  const settings = useSessionCarbonSettings(orgId, sessionId);
  const save = useSaveSessionVan(orgId, sessionId);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: SessionCarbonSettingsUpdateBodySchema,
    read: (element) => ({ vanKm: readForm(element).number('vanKm') }),
    onSubmit: async ({ vanKm }) => {
      setSaved(false);
      await save.mutateAsync(vanKm);
      setSaved(true);
    },
  });
  return (
    <Card title={t('session.van')}>
      {settings.data ? (
        <Form formProps={form.formProps} error={form.formError} label={t('session.van')}>
          {saved ? <Alert tone="success">{t('session.saved')}</Alert> : null}
          <TextField
            label={t('session.vanKm')}
            hint={t('session.vanKmHint')}
            name="vanKm"
            inputMode="decimal"
            defaultValue={settings.data.vanKm === null ? '' : String(settings.data.vanKm)}
            error={form.fieldError('vanKm')}
          />
          <div>
            <Button type="submit" pending={form.pending}>
              {t('session.save')}
            </Button>
          </div>
        </Form>
      ) : (
        <Loading />
      )}
    </Card>
  );
}
