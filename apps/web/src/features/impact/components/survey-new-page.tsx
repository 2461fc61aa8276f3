// A new survey: title, who is observed, before and after or once, the journey, and its questions.

import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  type SurveyCreateBody,
  type SurveyQuestionInput,
  surveyQuestionKinds,
} from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, PageHeader, SelectField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { apiClient, unwrap } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useCreateSurvey } from '../api/surveys';
import './impact.css';

type Draft = {
  key: string;
  kind: (typeof surveyQuestionKinds)[number];
  label: string;
  options: string;
  required: boolean;
};

const emptyQuestion = (): Draft => ({
  key: crypto.randomUUID(),
  kind: 'scale',
  label: '',
  options: '',
  required: true,
});

function toQuestion(draft: Draft): SurveyQuestionInput {
  const common = { label: draft.label, required: draft.required };
  if (draft.kind === 'single_choice' || draft.kind === 'multiple_choice') {
    const options = draft.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((label) => ({ label }));
    return { ...common, kind: draft.kind, options };
  }
  return { ...common, kind: draft.kind };
}

export function SurveyNewPage() {
  const { t } = useTranslation('impact');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { orgId } = useCurrentOrg();
  const create = useCreateSurvey(orgId);
  const journeys = useQuery({
    queryKey: ['orgs', orgId, 'impact', 'journey-choices'],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/journeys', {
          params: { path: { orgId }, query: { limit: 200 } },
        }),
      ),
  });
  const [questions, setQuestions] = useState<Draft[]>([emptyQuestion()]);
  const update = (index: number, patch: Partial<Draft>) =>
    setQuestions((all) => all.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: SurveyCreateBody = {
      title: String(data.get('title') ?? ''),
      description: String(data.get('description') ?? '') || null,
      subject: String(data.get('subject')) as SurveyCreateBody['subject'],
      beforeAfter: data.get('beforeAfter') === 'on',
      journeyId: String(data.get('journeyId') ?? '') || null,
      questions: questions.map(toQuestion),
    };
    await create.mutateAsync(body);
    await navigate({ to: orgPath(orgId, 'surveys') });
  };
  return (
    <>
      <PageHeader title={t('surveys.new')} />
      <form className="stack" onSubmit={(event) => void submit(event).catch(() => {})} noValidate>
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <Card>
          <div className="stack">
            <TextField label={t('surveys.form.title')} name="title" required maxLength={200} />
            <TextField label={t('surveys.form.description')} name="description" maxLength={2000} />
            <SelectField
              label={t('surveys.form.subject')}
              name="subject"
              options={(['participant', 'group', 'anonymous'] as const).map((s) => ({
                value: s,
                label: t(`surveys.subject.${s}`),
              }))}
            />
            <label>
              <input type="checkbox" name="beforeAfter" defaultChecked />{' '}
              {t('surveys.form.beforeAfter')}
            </label>
            <SelectField
              label={t('surveys.form.journey')}
              name="journeyId"
              options={[
                { value: '', label: t('surveys.form.noJourney') },
                ...(journeys.data?.items ?? []).map((j) => ({ value: j.id, label: j.name })),
              ]}
            />
          </div>
        </Card>
        <Card title={t('surveys.form.questions')}>
          {questions.map((question, index) => (
            <fieldset className="impact-question" key={question.key}>
              <legend>{t('surveys.form.question', { n: index + 1 })}</legend>
              <div className="stack">
                <SelectField
                  label={t('surveys.form.kind')}
                  name={`kind-${index}`}
                  value={question.kind}
                  onChange={(event) => update(index, { kind: event.target.value as Draft['kind'] })}
                  options={surveyQuestionKinds.map((kind) => ({
                    value: kind,
                    label: t(`surveys.form.kinds.${kind}`),
                  }))}
                />
                <TextField
                  label={t('surveys.form.label')}
                  name={`label-${index}`}
                  value={question.label}
                  required
                  maxLength={300}
                  onChange={(event) => update(index, { label: event.target.value })}
                />
                {question.kind === 'single_choice' || question.kind === 'multiple_choice' ? (
                  <label className="stack">
                    {t('surveys.form.options')}
                    <textarea
                      name={`options-${index}`}
                      rows={3}
                      value={question.options}
                      onChange={(event) => update(index, { options: event.target.value })}
                    />
                  </label>
                ) : null}
                <label>
                  <input
                    type="checkbox"
                    checked={question.required}
                    onChange={(event) => update(index, { required: event.target.checked })}
                  />{' '}
                  {t('surveys.form.required')}
                </label>
                {questions.length > 1 ? (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => setQuestions((all) => all.filter((_, i) => i !== index))}
                  >
                    {t('surveys.form.remove')}
                  </Button>
                ) : null}
              </div>
            </fieldset>
          ))}
          <Button
            type="button"
            variant="secondary"
            onClick={() => setQuestions((all) => [...all, emptyQuestion()])}
          >
            {t('surveys.form.add')}
          </Button>
        </Card>
        <Button type="submit" disabled={create.isPending}>
          {t('surveys.form.save')}
        </Button>
      </form>
    </>
  );
}
