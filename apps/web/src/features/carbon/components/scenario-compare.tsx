// Two scenarios the coordinator picks, and what changes from the first to the second, in words.
import type { ProjectScenarios, ScenarioChoice } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Loading, SelectField } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useScenarioPair } from '../api/scenarios';
import { useCarbonFormat, useModelText } from '../lib/carbon-format';

export function ScenarioCompare({
  orgId,
  projectId,
  scenarios,
}: {
  orgId: string;
  projectId: string;
  scenarios: ProjectScenarios;
}) {
  const { t } = useTranslation('carbon');
  const errorText = useErrorText();
  const format = useCarbonFormat();
  const model = useModelText();
  const best = scenarios.reductions[0]?.lever ?? 'combined';
  const [pair, setPair] = useState<{ a: ScenarioChoice; b: ScenarioChoice } | null>(null);
  const result = useScenarioPair(orgId, projectId, pair);
  const choices: ScenarioChoice[] = ['baseline', ...scenarios.rows.map((row) => row.lever)];
  const nameOf = (choice: ScenarioChoice) =>
    choice === 'baseline' ? t('scenarios.baseline') : model.label(`lever.${choice}`);
  const options = choices.map((choice) => ({ value: choice, label: nameOf(choice) }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPair({ a: data.get('a') as ScenarioChoice, b: data.get('b') as ScenarioChoice });
  };
  const answer = result.data;
  const names = answer ? { a: nameOf(answer.a.choice), b: nameOf(answer.b.choice) } : null;
  const pct = answer?.deltaPct === null || !answer ? 0 : Math.abs(Math.round(answer.deltaPct));
  /** Why the scenarios picked change nothing, when they do not. */
  const reasonsOf = (...picked: ScenarioChoice[]) =>
    scenarios.rows.flatMap((row) =>
      picked.includes(row.lever) && row.unchanged ? [model.message(row.unchanged)] : [],
    );

  return (
    <>
      <form className="carbon-actions" onSubmit={submit} aria-label={t('scenarios.compare')}>
        <SelectField
          label={t('scenarios.first')}
          name="a"
          defaultValue="baseline"
          options={options}
        />
        <SelectField label={t('scenarios.second')} name="b" defaultValue={best} options={options} />
        <Button type="submit" variant="secondary">
          {t('scenarios.compareButton')}
        </Button>
      </form>
      <div aria-live="polite">
        {result.isFetching ? <Loading /> : null}
        {result.isError ? <Alert tone="error">{errorText(result.error)}</Alert> : null}
        {answer && names ? (
          <p>
            {Math.abs(answer.deltaCo2eKg) < 0.05
              ? [t('scenarios.same', names), ...reasonsOf(answer.a.choice, answer.b.choice)].join(
                  ' ',
                )
              : t(answer.deltaCo2eKg < 0 ? 'scenarios.less' : 'scenarios.more', {
                  ...names,
                  kg: format.kg(Math.abs(answer.deltaCo2eKg)),
                  pct,
                })}{' '}
            {Math.abs(answer.deltaTravelHours) < 0.1
              ? t('scenarios.timeSame')
              : t(answer.deltaTravelHours > 0 ? 'scenarios.timeMore' : 'scenarios.timeLess', {
                  hours: format.number(Math.abs(answer.deltaTravelHours)),
                })}
          </p>
        ) : null}
      </div>
    </>
  );
}
