// One request of the log: the person, what was asked, when it is due (overdue in red), its
// answer; an open request is answered here with its date and outcome.
import { Link } from '@tanstack/react-router';
import {
  type RightsRequest,
  type RightsRequestOutcome,
  rightsRequestOutcomes,
} from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Dialog, SelectField, TextField } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useUpdateRightsRequest } from '../api/rights-requests';

export function RequestItem({
  orgId,
  request,
  showPerson,
  onRectify,
}: {
  orgId: string;
  request: RightsRequest;
  /** In the organisation's log; a person's page leaves the name out. */
  showPerson: boolean;
  /** Opens the participant's edit form, for a rectification request. */
  onRectify?: () => void;
}) {
  const { t } = useTranslation('personRights');
  const format = useDateFormat();
  const [answering, setAnswering] = useState(false);
  const person = request.personErased ? (
    t('erasedPerson')
  ) : request.participantId ? (
    <Link to={orgPath(orgId, `participants/${request.participantId}`)}>{request.personName}</Link>
  ) : null;
  const kind = t(`kinds.${request.kind}`);
  return (
    <li className={`item rights-item rights-item--${request.state}`}>
      <div className="item__main">
        <h3 className="item__title">
          {showPerson ? (
            <>
              {person} — {kind}
            </>
          ) : (
            kind
          )}
        </h3>
        <div className="item__badges">
          <StateBadge request={request} />
        </div>
        <p className="item__meta">
          {t('receivedOn', { date: format.date(request.receivedOn) })}
          {request.receivedBy ? ` ${t('by', { name: request.receivedBy.displayName })}` : ''} ·{' '}
          <span className={request.state === 'overdue' ? 'rights-item__due' : undefined}>
            {t('dueOn', { date: format.date(request.dueOn) })}
          </span>
          {request.answeredOn && request.outcome
            ? ` · ${t('answeredOn', { date: format.date(request.answeredOn), outcome: t(`outcomes.${request.outcome}`) })}`
            : ''}
        </p>
        {request.note ? <p className="muted">{request.note}</p> : null}
        {request.kind === 'rectification' &&
        request.state !== 'answered' &&
        !request.personErased ? (
          <p className="muted">
            {onRectify ? (
              <Button size="small" variant="secondary" onClick={onRectify}>
                {t('rectify')}
              </Button>
            ) : (
              t('rectifyHint')
            )}
          </p>
        ) : null}
      </div>
      {request.state !== 'answered' ? (
        <div className="item__actions">
          <Button
            size="small"
            variant="secondary"
            aria-label={t('answerNamed', { kind, date: format.date(request.receivedOn) })}
            onClick={() => setAnswering(true)}
          >
            {t('answer')}
          </Button>
        </div>
      ) : null}
      <Dialog
        open={answering}
        onClose={() => setAnswering(false)}
        title={t('answerTitle', { kind })}
      >
        {answering ? (
          <AnswerForm orgId={orgId} request={request} onDone={() => setAnswering(false)} />
        ) : null}
      </Dialog>
    </li>
  );
}

function StateBadge({ request }: { request: RightsRequest }) {
  const { t } = useTranslation('personRights');
  if (request.state === 'overdue') return <Badge tone="danger">{t('states.overdue')}</Badge>;
  if (request.state === 'answered') return <Badge tone="success">{t('states.answered')}</Badge>;
  return <Badge tone="primary">{t('states.open')}</Badge>;
}

function AnswerForm({
  orgId,
  request,
  onDone,
}: {
  orgId: string;
  request: RightsRequest;
  onDone: () => void;
}) {
  const { t } = useTranslation('personRights');
  const errorText = useErrorText();
  const update = useUpdateRightsRequest(orgId, request.id);
  const [answeredOn, setAnsweredOn] = useState(today());
  const [outcome, setOutcome] = useState<RightsRequestOutcome>('done');
  return (
    <div className="stack">
      <TextField
        name="answeredOn"
        type="date"
        label={t('answeredOnLabel')}
        value={answeredOn}
        min={request.receivedOn}
        max={today()}
        onChange={(event) => setAnsweredOn(event.target.value)}
      />
      <SelectField
        name="outcome"
        label={t('outcomeLabel')}
        value={outcome}
        options={rightsRequestOutcomes.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
        onChange={(event) => setOutcome(event.target.value as RightsRequestOutcome)}
      />
      {update.isError ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
      <div className="dialog__actions">
        <Button
          pending={update.isPending}
          onClick={() => update.mutate({ answeredOn, outcome }, { onSuccess: onDone })}
        >
          {t('answerConfirm')}
        </Button>
      </div>
    </div>
  );
}
