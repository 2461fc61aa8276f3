// A fieldset of checkboxes, each a real <input type="checkbox"> with its label.
import './checkbox-group.css';
import type { ReactNode } from 'react';

type Props = {
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly { name: string; value?: string; label: string; checked: boolean }[];
};

export function CheckboxGroup({ legend, hint, options }: Props) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={`${option.name}-${option.value ?? ''}`} className="checkbox">
            <input
              type="checkbox"
              name={option.name}
              value={option.value ?? 'on'}
              defaultChecked={option.checked}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
