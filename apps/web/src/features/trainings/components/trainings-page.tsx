// "Formations": the organisation's trainings (dates, half-days, hours, people) and, for those
// who manage them, a form to create one with its half-days, offered to one of its networks.
import './trainings.css';
import { Link, useNavigate } from '@tanstack/react-router';
import { can, type TrainingHalf, type TrainingSummary } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  PageHeader,
  QueryStatus,
  SelectField,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useActiveNetworks, useCreateTraining, useTrainings } from '../api/trainings';
import { useDayFormat, useHoursFormat } from '../lib/format';

export function TrainingsPage() {
  const { t } = useTranslation('trainings');
  const { orgId, role } = useCurrentOrg();
  const trainings = useTrainings(orgId);
  return (
    <div className="trainings">
      <PageHeader title={t('title')} description={t('lead')} />
      <Card title={t('title')}>
        <QueryStatus query={trainings} />
        {trainings.data?.items.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="trainings__list">
          {trainings.data?.items.map((training) => (
            <TrainingItem key={training.id} orgId={orgId} training={training} />
          ))}
        </ul>
      </Card>
      {can(role, 'trainings.manage') ? <CreateCard orgId={orgId} /> : null}
    </div>
  );
}

function TrainingItem({ orgId, training }: { orgId: string; training: TrainingSummary }) {
  const { t } = useTranslation('trainings');
  const day = useDayFormat();
  const hoursText = useHoursFormat();
  const dates =
    training.firstDate === training.lastDate
      ? t('oneDate', { date: day(training.firstDate) })
      : t('dates', { from: day(training.firstDate), to: day(training.lastDate) });
  return (
    <li className="trainings__item">
      <Link className="trainings__name" to={orgPath(orgId, `formations/${training.id}`)}>
        {training.title}
      </Link>
      <span>
        {dates} · {training.place}
      </span>
      <span className="trainings__meta">
        {[
          t('halfDays', { count: training.halfDays }),
          t('hours', { hours: hoursText(training.hours) }),
          t('trainees', { count: training.trainees }),
          t('trainers', { count: training.trainers }),
          training.networkName ?? t('noNetwork'),
        ].join(' · ')}
      </span>
    </li>
  );
}

type HalfDayDraft = {
  key: number;
  date: string;
  half: TrainingHalf;
  startsAt: string;
  endsAt: string;
};

const times: Record<TrainingHalf, [string, string]> = {
  morning: ['09:00', '12:30'],
  afternoon: ['13:30', '17:00'],
};

function CreateCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('trainings');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const create = useCreateTraining(orgId);
  const networks = useActiveNetworks(orgId);
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [description, setDescription] = useState('');
  const [networkId, setNetworkId] = useState('');
  const [next, setNext] = useState(1);
  const [days, setDays] = useState<HalfDayDraft[]>([
    { key: 0, date: '', half: 'morning', startsAt: '09:00', endsAt: '12:30' },
  ]);
  const update = (key: number, change: Partial<HalfDayDraft>) =>
    setDays((current) => current.map((d) => (d.key === key ? { ...d, ...change } : d)));
  const add = () => {
    const last = days.at(-1);
    const half: TrainingHalf = last?.half === 'morning' ? 'afternoon' : 'morning';
    const [startsAt, endsAt] = times[half];
    setDays([...days, { key: next, date: last?.date ?? '', half, startsAt, endsAt }]);
    setNext(next + 1);
  };
  const chosenNetwork = networkId || networks.data?.[0]?.id || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        title,
        place,
        description: description.trim() || null,
        networkId: chosenNetwork || null,
        halfDays: days.map(({ date, half, startsAt, endsAt }) => ({
          date,
          half,
          startsAt,
          endsAt,
        })),
      },
      {
        onSuccess: (created) => void navigate({ to: orgPath(orgId, `formations/${created.id}`) }),
      },
    );
  };
  return (
    <Card title={t('create.title')}>
      <form className="trainings__form" onSubmit={submit}>
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <TextField
          label={t('create.name')}
          name="title"
          value={title}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField
          label={t('create.place')}
          hint={t('create.placeHint')}
          name="place"
          value={place}
          required
          onChange={(e) => setPlace(e.target.value)}
        />
        <SelectField
          label={t('create.network')}
          name="networkId"
          value={chosenNetwork}
          options={[
            ...(networks.data ?? []).map((n) => ({ value: n.id, label: n.name })),
            { value: '', label: t('noNetwork') },
          ]}
          onChange={(e) => setNetworkId(e.target.value)}
        />
        <TextAreaField
          label={t('create.description')}
          name="description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset className="trainings__days">
          <legend>{t('create.halfDays')}</legend>
          <ol className="trainings__day-list">
            {days.map((day, index) => (
              <li key={day.key} className="trainings__day">
                <TextField
                  label={t('create.date')}
                  name={`halfDays.${index}.date`}
                  type="date"
                  value={day.date}
                  required
                  onChange={(e) => update(day.key, { date: e.target.value })}
                />
                <SelectField
                  label={t('create.half')}
                  name={`halfDays.${index}.half`}
                  value={day.half}
                  options={(['morning', 'afternoon'] as const).map((h) => ({
                    value: h,
                    label: t(`half.${h}`),
                  }))}
                  onChange={(e) => {
                    const half = e.target.value as TrainingHalf;
                    const [startsAt, endsAt] = times[half];
                    update(day.key, { half, startsAt, endsAt });
                  }}
                />
                <TextField
                  label={t('create.startsAt')}
                  name={`halfDays.${index}.startsAt`}
                  type="time"
                  value={day.startsAt}
                  required
                  onChange={(e) => update(day.key, { startsAt: e.target.value })}
                />
                <TextField
                  label={t('create.endsAt')}
                  name={`halfDays.${index}.endsAt`}
                  type="time"
                  value={day.endsAt}
                  required
                  onChange={(e) => update(day.key, { endsAt: e.target.value })}
                />
                {days.length > 1 ? (
                  <Button
                    variant="ghost"
                    size="small"
                    icon="close"
                    aria-label={t('create.removeHalfDay', { index: index + 1 })}
                    onClick={() => setDays(days.filter((d) => d.key !== day.key))}
                  />
                ) : null}
              </li>
            ))}
          </ol>
          <Button variant="secondary" size="small" icon="plus" onClick={add}>
            {t('create.addHalfDay')}
          </Button>
        </fieldset>
        <Button type="submit" disabled={create.isPending}>
          {t('create.submit')}
        </Button>
      </form>
    </Card>
  );
}
