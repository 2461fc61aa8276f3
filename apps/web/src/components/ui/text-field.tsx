// A labelled input whose hint and error are tied to it with aria-describedby.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame } from './field-frame';

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => <input {...input} {...control} className="field__control" />}
    </FieldFrame>
  );
}
