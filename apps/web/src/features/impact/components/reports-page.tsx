// Funder reports: choose a period, projects, surveys and a template; follow the preparation; download.
import { can, type Report, type ReportCreateBody, reportTemplates } from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  QueryStatus,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useProjectChoices } from '../api/projects';
import { downloadUrl, useCreateReport, useReports } from '../api/reports';
import { useSurveys } from '../api/surveys';
import './impact.css';

/** The school year that contains today, as the dashboard shows by default. */
function schoolYear() {
  const today = new Date();
  const start = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

export function ReportsPage() {
  const { t } = useTranslation('impact');
  const { orgId, role } = useCurrentOrg();
  const reports = useReports(orgId);
  const writer = can(role, 'reports.create');
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <div className="stack">
        {writer ? <ReportForm orgId={orgId} /> : null}
        <Card title={t('reports.history')}>
          <QueryStatus query={reports} />
          {reports.data?.items.length === 0 ? <p>{t('reports.empty')}</p> : null}
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {reports.data?.items.map((report) => (
              <ReportItem key={report.id} orgId={orgId} report={report} />
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

function ReportForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation('impact');
  const errorText = useErrorText();
  const create = useCreateReport(orgId);
  const projects = useProjectChoices(orgId).data?.items ?? [];
  const surveys = useSurveys(orgId).data?.items ?? [];
  const period = schoolYear();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: ReportCreateBody = {
      template: String(data.get('template')) as ReportCreateBody['template'],
      from: String(data.get('from')),
      to: String(data.get('to')),
      projectIds: data.getAll('projectIds').map(String),
      surveyIds: data.getAll('surveyIds').map(String),
      ...(String(data.get('title') ?? '').trim()
        ? { title: String(data.get('title')).trim() }
        : {}),
    };
    create.mutate(body);
  };
  return (
    <Card>
      <form className="stack" onSubmit={submit} aria-label={t('reports.create')}>
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <SelectField
          label={t('reports.template')}
          name="template"
          options={reportTemplates.map((template) => ({
            value: template,
            label: t(`reports.templates.${template}`),
          }))}
        />
        <TextField label={t('reports.titleField')} name="title" maxLength={200} />
        <div className="impact-filters">
          <TextField
            label={t('filters.from')}
            name="from"
            type="date"
            defaultValue={period.from}
            required
          />
          <TextField
            label={t('filters.to')}
            name="to"
            type="date"
            defaultValue={period.to}
            required
          />
        </div>
        {projects.length > 0 ? (
          <fieldset className="impact-question">
            <legend>{t('reports.projects')}</legend>
            {projects.map((project) => (
              <label key={project.id} style={{ display: 'block' }}>
                <input type="checkbox" name="projectIds" value={project.id} /> {project.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {surveys.length > 0 ? (
          <fieldset className="impact-question">
            <legend>{t('reports.surveys')}</legend>
            {surveys.map((survey) => (
              <label key={survey.id} style={{ display: 'block' }}>
                <input type="checkbox" name="surveyIds" value={survey.id} defaultChecked />{' '}
                {survey.title}
              </label>
            ))}
          </fieldset>
        ) : null}
        <Button type="submit" disabled={create.isPending}>
          {t('reports.create')}
        </Button>
      </form>
    </Card>
  );
}

function ReportItem({ orgId, report }: { orgId: string; report: Report }) {
  const { t, i18n } = useTranslation('impact');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const tone =
    report.status === 'done' ? 'success' : report.status === 'failed' ? 'danger' : 'primary';
  return (
    <li className="impact-question">
      <p>
        <strong>{report.title}</strong>{' '}
        <Badge tone={tone}>{t(`reports.status.${report.status}`)}</Badge>
      </p>
      <p className="muted">
        {t(`reports.templates.${report.template}`)} ·{' '}
        {t('reports.period', {
          from: formatDate(report.params.from, i18n.language, { dateStyle: 'medium' }),
          to: formatDate(report.params.to, i18n.language, { dateStyle: 'medium' }),
        })}{' '}
        ·{' '}
        {t('reports.requested', {
          who: report.requestedBy ?? '—',
          date: date.format(new Date(report.createdAt)),
        })}
      </p>
      {report.status === 'queued' || report.status === 'running' ? (
        <label>
          {t('reports.progress')}{' '}
          <progress className="impact-progress" max={100} value={report.progressPercent}>
            {report.progressPercent} %
          </progress>
        </label>
      ) : null}
      {report.status === 'failed' && report.error ? (
        <Alert tone="error">{report.error}</Alert>
      ) : null}
      {report.status === 'done' ? (
        <p className="impact-filters">
          {(['pdf', 'xlsx', 'csv'] as const).map((format) =>
            report.files[format] ? (
              <a
                key={format}
                href={downloadUrl(orgId, report.id, format)}
                download={report.files[format]!.fileName}
              >
                {t(`reports.${format}`)} (
                {Math.max(1, Math.round(report.files[format]!.bytes / 1024))} KB)
              </a>
            ) : null,
          )}
          {report.finishedAt ? (
            <span className="muted" title={report.dataVersion ?? undefined}>
              {t('reports.dataAsOf', { date: date.format(new Date(report.finishedAt)) })}
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
