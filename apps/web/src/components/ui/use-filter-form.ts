// The state of a filter form: typed values wait for "Search"; a choice applies at once when asked.
import { type FormEvent, useState } from 'react';

export function useFilterForm<Values>(initial: Values, onChange: (values: Values) => void) {
  const [values, setValues] = useState<Values>(initial);
  const update = (change: Partial<Values>, apply = false) => {
    const next = { ...values, ...change };
    setValues(next);
    if (apply) onChange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(values);
  };
  return { values, update, submit };
}
