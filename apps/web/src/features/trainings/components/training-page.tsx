// A training: its facts and half-days, the people enrolled with the half-days they signed and
// their certificate, the form to enrol a trainee or trainer, and the link to the phone sign-in.
import './trainings.css';
import { Link, useParams } from '@tanstack/react-router';
import { can, type Training, type TrainingPersonRole } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  buttonClass,
  Card,
  PageHeader,
  QueryStatus,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import {
  certificateUrl,
  useEnrolPerson,
  useLinkSurvey,
  useRemovePerson,
  useSatisfactionSurveys,
  useTraining,
} from '../api/trainings';
import { useDayFormat, useHoursFormat } from '../lib/format';

export function TrainingPage() {
  const { t } = useTranslation('trainings');
  const { orgId, role } = useCurrentOrg();
  const { trainingId = '' } = useParams({ strict: false }) as { trainingId?: string };
  const query = useTraining(orgId, trainingId);
  const training = query.data?.training;
  const manage = can(role, 'trainings.manage');
  return (
    <div className="trainings">
      <p>
        <Link to={orgPath(orgId, 'formations')}>← {t('training.back')}</Link>
      </p>
      <PageHeader
        title={training?.title ?? t('title')}
        description={training?.description ?? undefined}
      />
      <QueryStatus query={query} />
      {training ? (
        <>
          <Facts training={training} />
          <p>
            <Link
              className={buttonClass({ variant: 'primary' })}
              to={orgPath(orgId, `formations/${training.id}/emargement`)}
            >
              {t('training.signIn')}
            </Link>
          </p>
          <p className="field__hint">{t('training.signInHint')}</p>
          <People training={training} orgId={orgId} manage={manage} />
          <SurveyCard training={training} orgId={orgId} manage={manage} />
          {manage ? <EnrolCard training={training} orgId={orgId} /> : null}
        </>
      ) : null}
    </div>
  );
}

function Facts({ training }: { training: Training }) {
  const { t } = useTranslation('trainings');
  const day = useDayFormat();
  const hoursText = useHoursFormat();
  return (
    <Card title={t('training.facts')}>
      <dl className="trainings__facts">
        <dt>{t('training.place')}</dt>
        <dd>{training.place}</dd>
        <dt>{t('training.network')}</dt>
        <dd>{training.networkName ?? t('noNetwork')}</dd>
        <dt>{t('training.total')}</dt>
        <dd>
          {t('halfDays', { count: training.halfDays.length })} ·{' '}
          {t('hours', { hours: hoursText(training.hours) })}
        </dd>
      </dl>
      <ul className="trainings__half-days">
        {training.halfDays.map((d) => (
          <li key={d.key}>
            {day(d.date)} — {t(`half.${d.half}`)} ({d.startsAt}–{d.endsAt})
          </li>
        ))}
      </ul>
    </Card>
  );
}

function People({
  training,
  orgId,
  manage,
}: {
  training: Training;
  orgId: string;
  manage: boolean;
}) {
  const { t, i18n } = useTranslation('trainings');
  const hoursText = useHoursFormat();
  const remove = useRemovePerson(orgId, training.id);
  const locale = (['fr', 'en', 'de'] as const).find((l) => i18n.language.startsWith(l)) ?? 'fr';
  return (
    <Card title={t('training.people')}>
      {training.people.length === 0 ? <p>{t('training.noPeople')}</p> : null}
      <ul className="trainings__people">
        {training.people.map((person) => (
          <li key={person.id} className="trainings__person">
            <span className="trainings__name">{person.displayName}</span>{' '}
            <Badge>{t(`role.${person.role}`)}</Badge>
            {person.trained ? <Badge tone="success">{t('training.trained')}</Badge> : null}
            <span className="trainings__meta">
              {person.organisationName ? `${person.organisationName} · ` : ''}
              {t('training.attended', {
                halves: person.present.length,
                total: training.halfDays.length,
                hours: hoursText(person.hoursAttended),
              })}
            </span>
            {manage ? (
              <span className="trainings__actions">
                <a
                  className={buttonClass({ variant: 'secondary', size: 'small' })}
                  href={certificateUrl(orgId, training.id, person.id, locale)}
                  aria-label={t('training.certificateOf', { name: person.displayName })}
                  download
                >
                  {t('training.certificate')}
                </a>
                <Button
                  variant="ghost"
                  size="small"
                  icon="trash"
                  aria-label={t('training.removeOf', { name: person.displayName })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(person.id)}
                >
                  {t('training.remove')}
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

const OTHER = 'other';

function EnrolCard({ training, orgId }: { training: Training; orgId: string }) {
  const { t } = useTranslation('trainings');
  const errorText = useErrorText();
  const enrol = useEnrolPerson(orgId, training.id);
  const [name, setName] = useState('');
  const [role, setRole] = useState<TrainingPersonRole>('trainee');
  const [organisation, setOrganisation] = useState(training.organisations[0]?.orgId ?? OTHER);
  const [otherName, setOtherName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const other = organisation === OTHER;
    enrol.mutate(
      {
        displayName: name,
        role,
        memberOrgId: other ? null : organisation,
        organisationName: other ? otherName.trim() || null : null,
      },
      {
        onSuccess: () => {
          setName('');
          setOtherName('');
        },
      },
    );
  };
  return (
    <Card title={t('enrol.title')}>
      <form className="trainings__form" onSubmit={submit}>
        {enrol.isError ? <Alert tone="error">{errorText(enrol.error)}</Alert> : null}
        <TextField
          label={t('enrol.name')}
          name="displayName"
          value={name}
          required
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={t('enrol.role')}
          name="role"
          value={role}
          options={(['trainee', 'trainer'] as const).map((r) => ({
            value: r,
            label: t(`role.${r}`),
          }))}
          onChange={(e) => setRole(e.target.value as TrainingPersonRole)}
        />
        <SelectField
          label={t('enrol.organisation')}
          name="memberOrgId"
          value={organisation}
          options={[
            ...training.organisations.map((o) => ({ value: o.orgId, label: o.name })),
            { value: OTHER, label: t('enrol.other') },
          ]}
          onChange={(e) => setOrganisation(e.target.value)}
        />
        {organisation === OTHER ? (
          <TextField
            label={t('enrol.otherName')}
            name="organisationName"
            value={otherName}
            onChange={(e) => setOtherName(e.target.value)}
          />
        ) : null}
        <Button type="submit" disabled={enrol.isPending}>
          {t('enrol.submit')}
        </Button>
      </form>
    </Card>
  );
}

/** The satisfaction survey trainees answer after the training (an anonymous survey, once). */
function SurveyCard({
  training,
  orgId,
  manage,
}: {
  training: Training;
  orgId: string;
  manage: boolean;
}) {
  const { t } = useTranslation('trainings');
  const surveys = useSatisfactionSurveys(orgId, manage);
  const link = useLinkSurvey(orgId, training.id);
  const errorText = useErrorText();
  const [chosen, setChosen] = useState(training.survey?.id ?? '');
  return (
    <Card title={t('survey.title')}>
      <p>{t('survey.lead')}</p>
      {training.survey ? (
        <p>
          <strong>{training.survey.title}</strong>{' '}
          <Link to={orgPath(orgId, `surveys/${training.survey.id}/fill`)}>{t('survey.fill')}</Link>{' '}
          ·{' '}
          <Link to={orgPath(orgId, `surveys/${training.survey.id}/results`)}>
            {t('survey.results')}
          </Link>
        </p>
      ) : (
        <p>{t('survey.none')}</p>
      )}
      {manage && surveys.data ? (
        surveys.data.length === 0 ? (
          <p className="field__hint">
            {t('survey.noneToLink')}{' '}
            <Link to={orgPath(orgId, 'surveys/new')}>{t('survey.create')}</Link>
          </p>
        ) : (
          <form
            className="trainings__survey-form"
            onSubmit={(event) => {
              event.preventDefault();
              link.mutate(chosen || null);
            }}
          >
            {link.isError ? <Alert tone="error">{errorText(link.error)}</Alert> : null}
            <SelectField
              label={t('survey.choose')}
              name="surveyId"
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
              options={[
                { value: '', label: t('survey.noSurvey') },
                ...surveys.data.map((s) => ({ value: s.id, label: s.title })),
              ]}
            />
            <Button type="submit" variant="secondary" disabled={link.isPending}>
              {t('survey.save')}
            </Button>
          </form>
        )
      ) : null}
    </Card>
  );
}
