// One application for a juror, blind: its code, the answers marked visible, the cleaned
// recordings, the rubric (weighted criteria, independent ones apart), the recording quality mark,
// a private note; the other jurors' scores once one's own are submitted; recusal.
import { Link, useParams } from '@tanstack/react-router';
import type { JuryApplication } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, PageHeader, QueryStatus, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import {
  recordingUrl,
  useJuryActions,
  useJuryApplication,
  useJuryQueue,
  usePeerScores,
} from '../api/jury';
import './calls.css';

const steps = Array.from({ length: 21 }, (_, i) => i / 2);

function Rubric({ data, orgId, callId }: { data: JuryApplication; orgId: string; callId: string }) {
  const { t } = useTranslation('calls');
  const queue = useJuryQueue(orgId, callId);
  const actions = useJuryActions(orgId, callId, data.applicationId);
  const criteria = queue.data?.call.criteria ?? [];
  const locked = queue.data?.call.scoresLocked ?? false;
  const save = (form: HTMLFormElement, submit: boolean) => {
    const v = readForm(form);
    const scores = Object.fromEntries(
      criteria.flatMap((c) =>
        v.text(`score.${c.key}`) === '' ? [] : [[c.key, Number(v.text(`score.${c.key}`))]],
      ),
    );
    const quality = v.number('quality');
    actions.score.mutate({
      scores,
      recordingQuality: quality,
      note: v.optionalText('note'),
      submit,
    });
  };
  return (
    <Card title={t('jury.scores')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(event.currentTarget, true);
        }}
      >
        {criteria.map((c) => (
          <label key={c.key} className="calls-score">
            <span>
              {c.label.fr}{' '}
              {c.independent ? (
                <span className="calls-muted">({t('jury.independent')})</span>
              ) : null}
            </span>
            <select
              name={`score.${c.key}`}
              defaultValue={data.myScore?.scores[c.key] ?? ''}
              disabled={locked}
            >
              <option value="">–</option>
              {steps.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="calls-score">
          <span>{t('jury.quality')}</span>
          <select
            name="quality"
            defaultValue={data.myScore?.recordingQuality ?? ''}
            disabled={locked}
          >
            <option value="">–</option>
            {[0, 1, 2, 3, 4, 5].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <TextField
          name="note"
          label={t('jury.note')}
          defaultValue={data.myScore?.note ?? ''}
          disabled={locked}
        />
        {data.myScore?.total != null ? (
          <p>{t('jury.total', { total: data.myScore.total })}</p>
        ) : null}
        <QueryStatus query={actions.score} />
        {actions.score.isSuccess ? <p role="status">{t('jury.saved')}</p> : null}
        {!locked ? (
          <p className="calls-actions">
            <Button
              type="button"
              variant="secondary"
              onClick={(e) => save(e.currentTarget.form!, false)}
            >
              {t('jury.save')}
            </Button>
            <Button type="submit" pending={actions.score.isPending}>
              {t('jury.submit')}
            </Button>
          </p>
        ) : null}
      </form>
      {!locked && data.state !== 'submitted' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const reason = readForm(event.currentTarget).text('reason');
            if (reason.length >= 3) actions.recuse.mutate(reason);
          }}
        >
          <TextField name="reason" label={t('jury.reason')} />
          <Button type="submit" variant="ghost" size="small">
            {t('jury.recuse')}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

function Peers({ orgId, callId, data }: { orgId: string; callId: string; data: JuryApplication }) {
  const { t } = useTranslation('calls');
  const submitted = data.state === 'submitted';
  const peers = usePeerScores(orgId, callId, data.applicationId, submitted);
  // Scores in the rubric's order, named as in the rubric.
  const criteria = useJuryQueue(orgId, callId).data?.call.criteria ?? [];
  return (
    <Card title={t('jury.peers')}>
      {!submitted ? <p>{t('jury.peersHidden')}</p> : <QueryStatus query={peers} />}
      <ul>
        {peers.data?.items.map((peer) => (
          <li key={peer.juror}>
            {peer.juror} : {peer.total ?? '–'} (
            {criteria
              .filter((c) => peer.scores[c.key] !== undefined)
              .map((c) => `${c.label.fr} ${peer.scores[c.key]}`)
              .join(', ')}
            )
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function JuryApplicationPage() {
  const { t } = useTranslation('calls');
  const { orgId } = useCurrentOrg();
  const { callId, applicationId } = useParams({ strict: false }) as {
    callId: string;
    applicationId: string;
  };
  const application = useJuryApplication(orgId, callId, applicationId);
  const data = application.data;
  return (
    <>
      <p>
        <Link to={orgPath(orgId, `jury/${callId}`)}>← {t('jury.back')}</Link>
      </p>
      <PageHeader title={data ? t('jury.application', { code: data.code }) : t('jury.title')} />
      <QueryStatus query={application} />
      {data?.state === 'recused' ? <Alert tone="info">{t('jury.recused')}</Alert> : null}
      {data && data.state !== 'recused' ? (
        <>
          <Card title={t('jury.recordings')}>
            {data.recordings.map((r) => (
              <div key={r.id} className="calls-recording">
                <p>{r.label.fr}</p>
                {r.ready ? (
                  // biome-ignore lint/a11y/useMediaCaption: sung auditions have no words to caption.
                  <audio controls preload="none" src={recordingUrl(orgId, r.id)} />
                ) : (
                  <p className="calls-muted">{t('jury.notReady')}</p>
                )}
              </div>
            ))}
          </Card>
          {data.answers.length > 0 ? (
            <Card title={t('jury.answers')}>
              <dl>
                {data.answers.map((a) => (
                  <div key={a.key}>
                    <dt>{a.label.fr}</dt>
                    <dd>{a.value}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ) : null}
          <Rubric
            key={data.myScore?.submittedAt ?? 'new'}
            data={data}
            orgId={orgId}
            callId={callId}
          />
          <Peers orgId={orgId} callId={callId} data={data} />
        </>
      ) : null}
    </>
  );
}
