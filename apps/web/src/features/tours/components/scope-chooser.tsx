// A project, or a season between two dates: what the run plans.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui';
import { useActiveProjects } from '../api/projects';

export type ScopeState = {
  mode: 'project' | 'season';
  projectId: string;
  from: string;
  to: string;
};

type Props = { orgId: string; state: ScopeState; onChange: (state: ScopeState) => void };

export function ScopeChooser({ orgId, state, onChange }: Props) {
  const { t } = useTranslation('tours');
  const projects = useActiveProjects(orgId);
  const options = [
    { value: '', label: t('scope.chooseProject') },
    ...(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  // A project given in the address stays listed even before the list arrives.
  if (state.projectId && !options.some((o) => o.value === state.projectId)) {
    options.push({ value: state.projectId, label: '…' });
  }
  return (
    <div className="tours-scope">
      <fieldset className="tours-choice">
        <legend>{t('scope.mode')}</legend>
        {(['project', 'season'] as const).map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="scopeMode"
              value={mode}
              checked={state.mode === mode}
              onChange={() => onChange({ ...state, mode })}
            />
            {t(`scope.${mode}`)}
          </label>
        ))}
      </fieldset>
      {state.mode === 'project' ? (
        <SelectField
          label={t('scope.projectField')}
          name="projectId"
          options={options}
          value={state.projectId}
          onChange={(event) => onChange({ ...state, projectId: event.target.value })}
        />
      ) : (
        <div className="tours-row">
          <TextField
            label={t('scope.from')}
            name="from"
            type="date"
            value={state.from}
            onChange={(event) => onChange({ ...state, from: event.target.value })}
          />
          <TextField
            label={t('scope.to')}
            name="to"
            type="date"
            value={state.to}
            onChange={(event) => onChange({ ...state, to: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}
