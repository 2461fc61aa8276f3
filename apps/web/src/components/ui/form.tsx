// A form laid out as a column, with its error summary on top where it is announced.
import './form.css';
import type { FormEvent, ReactNode, Ref } from 'react';
import { Alert } from './alert';

type FormProps = {
  formProps: {
    ref: Ref<HTMLFormElement>;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    noValidate: boolean;
  };
  error: string | null;
  children: ReactNode;
  /** Names the form for assistive technology when a page holds several. */
  label?: string;
};

export function Form({ formProps, error, children, label }: FormProps) {
  return (
    <form {...formProps} className="form" aria-label={label}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {children}
    </form>
  );
}
