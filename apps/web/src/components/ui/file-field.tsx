// A labelled file input whose hint and error are tied to it with aria-describedby: the uploads of
// imports, media and official files.
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldFrame } from './field-frame';

type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  ref?: Ref<HTMLInputElement>;
};

export function FileField({ label, hint, error, id, ...input }: FileFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id}>
      {(control) => <input {...input} {...control} type="file" />}
    </FieldFrame>
  );
}
