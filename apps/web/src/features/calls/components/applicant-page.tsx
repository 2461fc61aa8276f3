// The applicant's page, without an account (opened from the one-time link), made for a phone:
// open calls and their applications, the draft's answers, three recordings sent with resumable
// uploads, submission, then the status and, once notified, the result.
import type { ApplicantApplication } from '@tutti/contracts';
import { useState } from 'react';
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
import { readForm } from '@/lib/read-form';
import {
  uploadRecording,
  useApplicantActions,
  useApplicantOverview,
  useOwnApplication,
} from '../api/applicant';
import './calls.css';

const duration = (seconds: number) =>
  `${Math.floor(seconds / 60)}'${String(seconds % 60).padStart(2, '0')}"`;

function Recording({
  application,
  spec,
}: {
  application: ApplicantApplication;
  spec: ApplicantApplication['recordings'][number];
}) {
  const { t } = useTranslation('calls');
  const [share, setShare] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const own = useOwnApplication(application.id);
  const editable = application.status === 'draft' && application.call.open;
  const send = async (file: File) => {
    setFailed(false);
    setShare(0);
    try {
      await uploadRecording(application.id, spec.key, file, setShare);
      await own.refetch();
    } catch {
      setFailed(true);
    } finally {
      setShare(null);
    }
  };
  const status = spec.status ?? 'missing';
  return (
    <div className="calls-recording">
      <p>
        <strong>{spec.label.fr}</strong>{' '}
        <span className="calls-muted">
          ({t('applicant.maxDuration', { duration: duration(spec.maxSeconds) })})
        </span>{' '}
        <Badge tone={status === 'ready' ? 'success' : status === 'missing' ? 'neutral' : 'danger'}>
          {t(`applicant.recordingStatus.${status}`)}
        </Badge>
      </p>
      {share !== null ? (
        <p role="status">{t('applicant.sending', { percent: Math.round(share * 100) })}</p>
      ) : null}
      {failed ? <Alert tone="error">{t('applicant.recordingStatus.failed')}</Alert> : null}
      {editable ? (
        <label className="field">
          <span className="field__label">
            {t('applicant.choose_file')} – {spec.label.fr}
          </span>
          <input
            type="file"
            accept="audio/*,video/*"
            name={`recording-${spec.key}`}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void send(file);
            }}
          />
        </label>
      ) : null}
    </div>
  );
}

function Application({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation(['calls', 'vocabulary']);
  const application = useOwnApplication(applicationId);
  const actions = useApplicantActions();
  const data = application.data;
  if (!data) return <QueryStatus query={application} />;
  const editable = data.status === 'draft' && data.call.open;
  return (
    <>
      <Card title={`${data.call.title.fr} · ${t('applicant.code', { code: data.code })}`}>
        <p>
          <Badge tone={data.status === 'submitted' ? 'success' : 'neutral'}>
            {t(`applicant.status.${data.status}`)}
          </Badge>
        </p>
        {data.decision ? (
          <p role="status">
            {t('applicant.decision', { decision: t(`decisions.${data.decision}`) })}
          </p>
        ) : null}
        <p className="calls-muted">{t('applicant.blind')}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const v = readForm(event.currentTarget);
            actions.save.mutate({
              applicationId,
              body: {
                name: v.text('name'),
                locale: v.text('locale') as 'fr',
                part: v.optionalText('part'),
                answers: Object.fromEntries(
                  data.call.fields.map((f) => [f.key, v.text(`answer.${f.key}`)]),
                ),
              },
            });
          }}
        >
          <TextField
            name="name"
            label={t('applicant.name')}
            defaultValue={data.name}
            autoComplete="name"
            disabled={!editable}
            required
          />
          <SelectField
            name="locale"
            label={t('applicant.language')}
            defaultValue={data.locale}
            disabled={!editable}
            options={[
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
              { value: 'de', label: 'Deutsch' },
            ]}
          />
          {data.call.parts.length > 0 ? (
            <SelectField
              name="part"
              label={t('applicant.part')}
              defaultValue={data.part ?? ''}
              disabled={!editable}
              options={[
                { value: '', label: t('applicant.choose') },
                ...data.call.parts.map((p) => ({ value: p.key, label: p.label.fr })),
              ]}
            />
          ) : null}
          {data.call.fields.map((field) => (
            <TextField
              key={field.key}
              name={`answer.${field.key}`}
              label={field.label.fr}
              type={
                field.type === 'date'
                  ? 'date'
                  : field.type === 'email'
                    ? 'email'
                    : field.type === 'phone'
                      ? 'tel'
                      : 'text'
              }
              defaultValue={data.answers[field.key] ?? ''}
              disabled={!editable}
              required={field.required}
            />
          ))}
          <QueryStatus query={actions.save} />
          {actions.save.isSuccess ? <p role="status">{t('applicant.saved')}</p> : null}
          {editable ? (
            <Button type="submit" variant="secondary" pending={actions.save.isPending}>
              {t('applicant.save')}
            </Button>
          ) : null}
        </form>
      </Card>
      <Card title={t('applicant.recordings')}>
        {data.recordings.map((spec) => (
          <Recording key={spec.key} application={data} spec={spec} />
        ))}
      </Card>
      {editable ? (
        <>
          <QueryStatus query={actions.submit} />
          <Button
            pending={actions.submit.isPending}
            onClick={() => actions.submit.mutate(applicationId)}
          >
            {t('applicant.submit')}
          </Button>
        </>
      ) : null}
      {actions.submit.isSuccess ? <Alert tone="success">{t('applicant.submitted')}</Alert> : null}
    </>
  );
}

export function ApplicantPage() {
  const { t, i18n } = useTranslation('calls');
  const overview = useApplicantOverview();
  const actions = useApplicantActions();
  const [current, setCurrent] = useState<string | null>(null);
  if (overview.isError) {
    return (
      <>
        <PageHeader title={t('applicant.title')} />
        <p>{t('applicant.noAccess')}</p>
      </>
    );
  }
  const data = overview.data;
  const open = async (callId: string) => {
    const application = await actions.start.mutateAsync({
      callId,
      locale: (i18n.language.slice(0, 2) as 'fr') ?? 'fr',
    });
    setCurrent(application.id);
  };
  return (
    <>
      <PageHeader
        title={t('applicant.title')}
        description={data ? `${data.organisation.name} · ${data.email}` : undefined}
      />
      <QueryStatus query={overview} />
      {current ? (
        <>
          <Button variant="ghost" size="small" onClick={() => setCurrent(null)}>
            ← {t('applicant.back')}
          </Button>
          <Application applicationId={current} />
        </>
      ) : data ? (
        <>
          {data.applications.length > 0 ? (
            <Card title={t('applicant.mine')}>
              <ul className="calls-queue">
                {data.applications.map((a) => (
                  <li key={a.id}>
                    <Button variant="ghost" onClick={() => setCurrent(a.id)}>
                      {a.title.fr} · {a.code} · {t(`applicant.status.${a.status}`)}
                    </Button>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <Card title={t('applicant.openCalls')}>
            <QueryStatus query={actions.start} />
            <ul className="calls-queue">
              {data.openCalls
                .filter((c) => !data.applications.some((a) => a.callId === c.id))
                .map((call) => (
                  <li key={call.id}>
                    <span>{call.title.fr}</span>{' '}
                    <Button size="small" onClick={() => void open(call.id)}>
                      {t('applicant.apply')}
                    </Button>
                  </li>
                ))}
            </ul>
          </Card>
        </>
      ) : null}
    </>
  );
}
