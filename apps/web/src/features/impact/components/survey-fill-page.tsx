// Filling a survey on a phone: the group, the moment, one child (or the group) at a time, big answer buttons.
import { useParams } from '@tanstack/react-router';
import type { SurveyPhase, SurveyQuestion } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  PageHeader,
  QueryStatus,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSubmitResponse, useSurveyFill } from '../api/surveys';
import './impact.css';

type Answers = Record<string, number | string | string[]>;

export function SurveyFillPage() {
  const { t } = useTranslation('impact');
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const { surveyId = '' } = useParams({ strict: false }) as { surveyId?: string };
  const [groupId, setGroupId] = useState('');
  const fill = useSurveyFill(orgId, surveyId, groupId);
  const submit = useSubmitResponse(orgId, surveyId);
  const data = fill.data;
  const phases: SurveyPhase[] = data?.survey.beforeAfter ? ['before', 'after'] : ['single'];
  const [phase, setPhase] = useState<SurveyPhase | ''>('');
  const currentPhase = phase || phases[0]!;
  const [respondentId, setRespondentId] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [saved, setSaved] = useState<string | null>(null);
  const respondents = data?.respondents ?? [];
  const waiting = respondents.find((r) => !r.answered.includes(currentPhase));
  const respondent =
    respondents.find((r) => r.participantId === respondentId) ?? waiting ?? respondents[0];

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!data) return;
    const who = data.survey.subject === 'participant' ? respondent?.firstName : data.group?.name;
    const result = await submit.mutateAsync({
      opId: crypto.randomUUID(),
      phase: currentPhase,
      ...(data.survey.subject === 'participant' && respondent
        ? { participantId: respondent.participantId }
        : {}),
      ...(data.survey.subject !== 'participant' && data.group ? { groupId: data.group.id } : {}),
      answers,
    });
    setSaved(
      result.replaced
        ? t('fill.replaced', { who: who ?? '' })
        : t('fill.saved', { who: who ?? '' }),
    );
    setAnswers({});
    setRespondentId('');
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <PageHeader title={t('fill.title', { title: data?.survey.title ?? '' })} />
      <div className="stack">
        <QueryStatus query={fill} />
        {saved ? <Alert tone="success">{saved}</Alert> : null}
        {data && data.survey.status !== 'open' ? (
          <Alert tone="info">{t('fill.closed')}</Alert>
        ) : null}
        {data && data.groups.length === 0 ? <Alert tone="info">{t('fill.noGroup')}</Alert> : null}
        {data && data.groups.length > 1 ? (
          <SelectField
            label={t('fill.group')}
            name="group"
            value={data.group?.id ?? ''}
            onChange={(event) => setGroupId(event.target.value)}
            options={[
              { value: '', label: t('fill.chooseGroup') },
              ...data.groups.map((g) => ({ value: g.id, label: g.name })),
            ]}
          />
        ) : null}
        {data?.group && data.survey.status === 'open' ? (
          <form className="stack" onSubmit={(event) => void send(event).catch(() => {})}>
            {submit.isError ? <Alert tone="error">{errorText(submit.error)}</Alert> : null}
            <Card>
              <div className="stack">
                {phases.length > 1 ? (
                  <SelectField
                    label={t('fill.phase')}
                    name="phase"
                    value={currentPhase}
                    onChange={(event) => setPhase(event.target.value as SurveyPhase)}
                    options={phases.map((p) => ({ value: p, label: t(`fill.phases.${p}`) }))}
                  />
                ) : null}
                {data.survey.subject === 'participant' ? (
                  <>
                    <SelectField
                      label={t('fill.respondent')}
                      name="respondent"
                      value={respondent?.participantId ?? ''}
                      onChange={(event) => setRespondentId(event.target.value)}
                      options={respondents.map((r) => ({
                        value: r.participantId,
                        label: `${r.firstName}${r.answered.includes(currentPhase) ? ` — ${t('fill.done')}` : ''}`,
                      }))}
                    />
                    {respondent ? (
                      <p className="muted">
                        {t('fill.pseudonymNote', { pseudonym: respondent.pseudonym })}
                      </p>
                    ) : null}
                  </>
                ) : null}
                {data.survey.subject === 'group' && data.groupAnswered.length > 0 ? (
                  <p className="muted">
                    {t('fill.groupAnswered', {
                      phases: data.groupAnswered.map((p) => t(`fill.phases.${p}`)).join(', '),
                    })}
                  </p>
                ) : null}
              </div>
            </Card>
            {data.survey.questions.map((question) => (
              <QuestionField
                key={`${question.id}-${respondent?.participantId ?? ''}-${currentPhase}`}
                question={question}
                value={answers[question.id]}
                onChange={(value) => setAnswers((all) => ({ ...all, [question.id]: value }))}
              />
            ))}
            <Button type="submit" block disabled={submit.isPending}>
              {t('fill.submit')}
            </Button>
          </form>
        ) : null}
      </div>
    </>
  );
}

function QuestionField({
  question,
  value,
  onChange,
}: {
  question: SurveyQuestion;
  value: Answers[string] | undefined;
  onChange: (value: Answers[string]) => void;
}) {
  const { t } = useTranslation('impact');
  if (question.kind === 'free_text') {
    return (
      <TextField
        label={question.label}
        name={question.id}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value)}
        maxLength={2000}
      />
    );
  }
  const choices =
    question.kind === 'scale'
      ? [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n) }))
      : (question.options ?? []);
  const multiple = question.kind === 'multiple_choice';
  const selected = (id: string) =>
    question.kind === 'scale'
      ? value === Number(id)
      : multiple
        ? Array.isArray(value) && value.includes(id)
        : value === id;
  const choose = (id: string, checked: boolean) => {
    if (question.kind === 'scale') onChange(Number(id));
    else if (!multiple) onChange(id);
    else {
      const current = Array.isArray(value) ? value : [];
      onChange(checked ? [...current, id] : current.filter((v) => v !== id));
    }
  };
  return (
    <fieldset className="impact-question">
      <legend>
        {question.label}
        {question.required ? ' *' : ''}
      </legend>
      {question.scaleLabels ? (
        <p className="muted">
          {t('fill.scaleLow', { label: question.scaleLabels.low })} ·{' '}
          {t('fill.scaleHigh', { label: question.scaleLabels.high })}
        </p>
      ) : null}
      <div className="impact-scale">
        {choices.map((choice) => (
          <label key={choice.id}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              value={choice.id}
              checked={selected(choice.id)}
              onChange={(event) => choose(choice.id, event.target.checked)}
            />
            <span style={{ padding: '0 0.6rem' }}>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
