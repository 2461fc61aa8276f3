// One call for its coordinators and chair: phase, jurors and assignment, then the ranking per
// part with decisions, the jurors' calibration, the notifications and the export.
import { Link, useParams } from '@tanstack/react-router';
import { type Call, can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  buttonClass,
  Card,
  CheckboxGroup,
  PageHeader,
  QueryStatus,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import { useCalibration, useCall, useCallAction, useMembers } from '../api/calls';
import { ApplicationsCard } from './applications-card';
import { DistributionCard } from './distribution-card';
import { RankingCard } from './ranking-card';

const next = {
  draft: ['published', 'detail.publish'],
  published: ['preselection', 'detail.toPreselection'],
  preselection: ['meeting', 'detail.toMeeting'],
  meeting: ['decided', 'detail.toDecided'],
} as const;

function JurorsCard({ orgId, call }: { orgId: string; call: Call }) {
  const { t } = useTranslation('calls');
  const members = useMembers(orgId);
  const actions = useCallAction(orgId, call.id);
  const chosen = new Set(call.jurors.map((j) => j.userId));
  const eligible = (members.data?.items ?? []).filter(
    (m) => m.role !== 'admin' && can(m.role, 'calls.judge'),
  );
  return (
    <Card title={t('detail.jurors')}>
      <p className="field__hint">{t('detail.jurorsHint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          actions.jurors.mutate(readForm(event.currentTarget).all('jurors'));
        }}
      >
        <CheckboxGroup
          legend={t('detail.jurors')}
          options={eligible.map((m) => ({
            name: 'jurors',
            value: m.userId,
            label: m.displayName,
            checked: chosen.has(m.userId),
          }))}
        />
        <Button type="submit" variant="secondary" size="small" pending={actions.jurors.isPending}>
          {t('detail.saveJurors')}
        </Button>
      </form>
      <ul>
        {call.jurors.map((juror) => (
          <li key={juror.userId}>
            {juror.displayName} : {t('detail.jurorProgress', juror)}
          </li>
        ))}
      </ul>
      {!call.open && call.phase !== 'draft' && call.phase !== 'decided' ? (
        <p>
          <Button
            size="small"
            pending={actions.assign.isPending}
            onClick={() => actions.assign.mutate({ mode: 'all' })}
          >
            {t('detail.assignAll')}
          </Button>{' '}
          <Button
            size="small"
            variant="secondary"
            pending={actions.assign.isPending}
            onClick={() => actions.assign.mutate({ mode: 'perApplication', perApplication: 2 })}
          >
            {t('detail.assignTwo')}
          </Button>
        </p>
      ) : null}
      {actions.assign.data ? (
        <p role="status">
          {t('detail.assigned', {
            count: actions.assign.data.assignments,
            conflicts: actions.assign.data.conflictsDetected,
          })}
        </p>
      ) : null}
    </Card>
  );
}

function CalibrationCard({ orgId, callId }: { orgId: string; callId: string }) {
  const { t } = useTranslation('calls');
  const calibration = useCalibration(orgId, callId, true);
  return (
    <Card title={t('detail.calibration')}>
      <p className="field__hint">{t('detail.calibrationHint')}</p>
      <QueryStatus query={calibration} />
      <table className="calls-table">
        <thead>
          <tr>
            <th scope="col">{t('detail.jurors')}</th>
            <th scope="col">{t('detail.count')}</th>
            <th scope="col">{t('detail.mean')}</th>
            <th scope="col">{t('detail.sd')}</th>
            <th scope="col">{t('detail.range')}</th>
          </tr>
        </thead>
        <tbody>
          {calibration.data?.jurors.map((juror) => (
            <tr key={juror.userId}>
              <th scope="row">{juror.displayName}</th>
              <td>{juror.count}</td>
              <td>{juror.mean ?? '–'}</td>
              <td>{juror.sd ?? '–'}</td>
              <td>{juror.min === null ? '–' : `${juror.min}–${juror.max}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

export function CallPage() {
  const { t } = useTranslation('calls');
  const { orgId, role } = useCurrentOrg();
  const { callId } = useParams({ strict: false }) as { callId: string };
  const call = useCall(orgId, callId);
  const actions = useCallAction(orgId, callId);
  if (!call.data) return <QueryStatus query={call} />;
  const data = call.data;
  const step = data.phase === 'decided' ? null : next[data.phase];
  const chair = can(role, 'calls.deliberate');
  const judging = ['preselection', 'meeting', 'decided'].includes(data.phase);
  return (
    <>
      <PageHeader
        title={data.title.fr}
        description={data.description.fr}
        actions={
          <>
            <Badge tone={data.open ? 'success' : 'neutral'}>
              {data.open ? t('open') : t(`phase.${data.phase}`)}
            </Badge>{' '}
            <Link
              to={orgPath(orgId, `calls/${callId}/form`)}
              className={buttonClass({ variant: 'secondary' })}
            >
              {t(data.formFrozen ? 'detail.readForm' : 'detail.editForm')}
            </Link>{' '}
            {step ? (
              <Button
                pending={actions.phase.isPending}
                onClick={() => actions.phase.mutate({ phase: step[0] })}
              >
                {t(step[1])}
              </Button>
            ) : null}
          </>
        }
      />
      <QueryStatus query={actions.phase} />
      <p>
        {data.opensAt.replace('T', ' ')} → {data.closesAt.replace('T', ' ')} ({data.timeZone}) ·{' '}
        {t('counts', data.counts)}
      </p>
      <JurorsCard key={data.jurors.map((j) => j.userId).join()} orgId={orgId} call={data} />
      {data.blindJuror ? null : <ApplicationsCard orgId={orgId} call={data} />}
      {judging && chair && data.blindJuror ? (
        <Alert tone="info">{t('detail.blindJuror')}</Alert>
      ) : null}
      {judging && chair && !data.blindJuror ? (
        <>
          <RankingCard orgId={orgId} call={data} />
          <CalibrationCard orgId={orgId} callId={callId} />
          <DistributionCard orgId={orgId} call={data} />
          {data.phase === 'decided' ? (
            <Card title={t('detail.notify')}>
              <Button pending={actions.notify.isPending} onClick={() => actions.notify.mutate()}>
                {t('detail.notify')}
              </Button>
              {actions.notify.data ? (
                <p role="status">{t('detail.notified', { count: actions.notify.data.queued })}</p>
              ) : null}
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}
