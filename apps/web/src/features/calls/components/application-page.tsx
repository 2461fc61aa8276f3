// One application for the call's coordinators: who, their answers, their commune, and the
// supervised recording day (the tour stops near them, the day proposed).
import { Link, useParams } from '@tanstack/react-router';
import { textIn } from '@tutti/contracts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, buttonClass, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useApplications } from '../api/applications';
import { useCall } from '../api/calls';
import { RecordingDayCard } from './recording-day-card';
import './calls.css';

export function ApplicationPage() {
  const { t, i18n } = useTranslation('calls');
  const { orgId } = useCurrentOrg();
  const { callId, applicationId } = useParams({ strict: false }) as {
    callId: string;
    applicationId: string;
  };
  const call = useCall(orgId, callId);
  const applications = useApplications(orgId, callId);
  if (!call.data || !applications.data)
    return <QueryStatus query={call.data ? applications : call} />;
  const lang = (['fr', 'en', 'de'] as const).find((l) => i18n.language.startsWith(l)) ?? 'fr';
  const application = applications.data.items.find((a) => a.id === applicationId);
  const back = (
    <Link to={orgPath(orgId, `calls/${callId}`)} className={buttonClass({ variant: 'secondary' })}>
      {t('editor.back')}
    </Link>
  );
  if (!application) {
    return (
      <>
        <PageHeader title={t('applications.title')} actions={back} />
        <Alert tone="info">{t('applications.notFound')}</Alert>
      </>
    );
  }
  const fields = call.data.fields;
  return (
    <>
      <PageHeader
        title={application.name || t('applications.unnamed')}
        description={`${textIn(call.data.title, lang)} · ${t('applications.codeOf', { code: application.code })}`}
        actions={back}
      />
      <div className="calls-stack">
        <Card title={t('applications.details')}>
          <dl className="calls-facts">
            <dt>{t('applications.status')}</dt>
            <dd>{t(`applications.statuses.${application.status}`)}</dd>
            <dt>{t('applications.email')}</dt>
            <dd>{application.email}</dd>
            <dt>{t('applications.commune')}</dt>
            <dd>{application.commune?.name ?? t('applications.noCommune')}</dd>
            {Object.entries(application.answers).map(([key, answer]) => {
              const field = fields.find((f) => f.key === key);
              return (
                <Fragment key={key}>
                  <dt>{field ? textIn(field.label, lang) : key}</dt>
                  <dd>{answer}</dd>
                </Fragment>
              );
            })}
          </dl>
        </Card>
        <RecordingDayCard orgId={orgId} callId={callId} application={application} />
      </div>
    </>
  );
}
