// An administrator adds a factor version as JSON, starting from the one in use; each wrong field is named.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Loading } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useCreateFactorSet, useFactorSet } from '../api/factor-sets';

export function FactorSetForm({
  orgId,
  templateId,
  onCreated,
}: {
  orgId: string;
  templateId: string | null;
  onCreated: (version: string) => void;
}) {
  const template = useFactorSet(orgId, templateId);
  if (!template.data) return <Loading />;
  const { version, publishedOn, source, licence, factors, onlineVideo } = template.data;
  const text = JSON.stringify(
    { version: `${version}-copie`, publishedOn, source, licence, factors, onlineVideo },
    null,
    2,
  );
  return <JsonForm orgId={orgId} initialText={text} onCreated={onCreated} />;
}

function JsonForm({
  orgId,
  initialText,
  onCreated,
}: {
  orgId: string;
  initialText: string;
  onCreated: (version: string) => void;
}) {
  const { t } = useTranslation('carbon');
  const errorText = useErrorText();
  const create = useCreateFactorSet(orgId);
  const textId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(String(data.get('json')));
    } catch {
      setProblem({ message: t('factors.invalidJson'), fields: [] });
      return;
    }
    setProblem(null);
    try {
      const created = await create.mutateAsync({
        ...body,
        makeCurrent: data.get('makeCurrent') === 'on',
      });
      onCreated(created.version);
    } catch (error) {
      setProblem({
        message: errorText(error),
        fields: isApiError(error)
          ? error.fields.map((f) => `${f.path.replace(/^body\./, '')} — ${f.message}`)
          : [],
      });
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('factors.add')}>
      <p>{t('factors.addIntro')}</p>
      {problem ? (
        <Alert tone="error">
          <p id={errorId}>{problem.message}</p>
          {problem.fields.length > 0 ? (
            <ul>
              {problem.fields.map((field) => (
                <li key={field}>{field}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={textId}>
          {t('factors.json')}
        </label>
        <textarea
          id={textId}
          name="json"
          className="field__control carbon-textarea"
          defaultValue={initialText}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="makeCurrent" />
        {t('factors.makeCurrent')}
      </label>
      <div>
        <Button type="submit" pending={create.isPending}>
          {t('factors.create')}
        </Button>
      </div>
    </form>
  );
}
