// A training's half-day sign-in on a phone: the half-day (today's by default), each trainer and
// trainee present or absent in one tap, recorded on the device's operation log (kind
// trainings.sign) so that it works without network and is sent when the network comes back.
import './trainings.css';
import { Link, useParams } from '@tanstack/react-router';
import type { Training } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  ChoiceGroup,
  PageHeader,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useTraining } from '../api/trainings';
import { useDayFormat } from '../lib/format';
import { type SignInQueue, useSignInQueue } from '../lib/use-sign-in-queue';

/** Today's half-day when the training has it, else the next one, else the last one. */
function currentHalfDay(training: Training) {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const key = `${today}|${now.getHours() < 13 ? 'morning' : 'afternoon'}`;
  const days = training.halfDays;
  return (days.find((d) => d.key === key) ?? days.find((d) => d.date >= today) ?? days.at(-1))?.key;
}

export function SignInPage() {
  const { t } = useTranslation('trainings');
  const format = useDateFormat();
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const { trainingId = '' } = useParams({ strict: false }) as { trainingId?: string };
  const query = useTraining(orgId, trainingId);
  const queue = useSignInQueue(orgId, trainingId);
  const data = query.data;
  return (
    <div className="trainings">
      <p>
        <Link to={orgPath(orgId, `formations/${trainingId}`)}>
          ← {data?.training.title ?? t('training.back')}
        </Link>
      </p>
      <PageHeader
        title={t('signIn.title')}
        description={data ? `${data.training.title} — ${data.training.place}` : undefined}
      />
      {query.isError ? (
        <Alert tone="error">{queue.online ? errorText(query.error) : t('signIn.notSaved')}</Alert>
      ) : (
        <QueryStatus query={query} />
      )}
      {data ? (
        <div className="stack">
          {data.fromDevice ? (
            <Alert tone="info" live={false}>
              {t('signIn.fromDevice', { date: format.dateTime(data.savedAt) })}
            </Alert>
          ) : (
            <p className="field__hint">{t('signIn.offlineHint')}</p>
          )}
          <SignInList training={data.training} queue={queue} />
        </div>
      ) : null}
    </div>
  );
}

function SignInList({ training, queue }: { training: Training; queue: SignInQueue }) {
  const { t } = useTranslation('trainings');
  const day = useDayFormat();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const halfDay = chosen ?? currentHalfDay(training) ?? '';
  const presentOf = (personId: string) => {
    const local = queue.signIns.get(`${personId}|${halfDay}`);
    if (local) return local.present;
    const person = training.people.find((p) => p.id === personId);
    return person?.present.includes(halfDay) ? true : null;
  };
  const marked = training.people.filter((p) => presentOf(p.id) === true).length;
  const unmarked = training.people.filter((p) => presentOf(p.id) === null);
  return (
    <>
      <SelectField
        label={t('signIn.halfDay')}
        name="halfDay"
        value={halfDay}
        options={training.halfDays.map((d) => ({
          value: d.key,
          label: `${day(d.date)} — ${t(`half.${d.half}`)} (${d.startsAt}–${d.endsAt})`,
        }))}
        onChange={(e) => setChosen(e.target.value)}
      />
      <p className="trainings__tally" aria-live="polite">
        {t('signIn.tally', { present: marked, total: training.people.length })}
      </p>
      {unmarked.length > 0 ? (
        <Button
          variant="secondary"
          icon="check"
          onClick={() =>
            void queue.sign(unmarked.map((p) => ({ personId: p.id, halfDay, present: true })))
          }
        >
          {t('signIn.allPresent', { count: unmarked.length })}
        </Button>
      ) : null}
      <ul className="trainings__sign-list">
        {training.people.map((person) => {
          const local = queue.signIns.get(`${person.id}|${halfDay}`);
          const value = presentOf(person.id);
          return (
            <li key={person.id} className="trainings__sign-row" data-person={person.id}>
              <div className="trainings__who">
                <span className="trainings__name">{person.displayName}</span>
                <span className="trainings__meta">
                  {t(`role.${person.role}`)}
                  {person.organisationName ? ` · ${person.organisationName}` : ''}
                </span>
                {local?.state === 'pending' ? <Badge>{t('signIn.waiting')}</Badge> : null}
                {local?.state === 'refused' ? (
                  <Badge tone="danger">{t('signIn.refused')}</Badge>
                ) : null}
              </div>
              <ChoiceGroup
                legend={t('signIn.presence', { name: person.displayName })}
                name={`sign-${person.id}`}
                value={value === null ? null : value ? 'present' : 'absent'}
                choices={[
                  { value: 'present', label: t('signIn.present'), tone: 'success' },
                  { value: 'absent', label: t('signIn.absent'), tone: 'danger' },
                ]}
                onChange={(choice) =>
                  void queue.sign([{ personId: person.id, halfDay, present: choice === 'present' }])
                }
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
