// Form state for a Zod schema: client checks first, then the API's field errors, all translated.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-client';
import type { fr } from './i18n/common/fr';
import type { WithoutPlural } from './i18n/translations';
import { useErrorText } from './i18n/use-error-text';

type ValidationKey = WithoutPlural<keyof typeof fr.validation>;
type FieldMessage = { key: ValidationKey; count?: number };
type Issue = z.core.$ZodIssue;

function messageForIssue(issue: Issue, rawValue: unknown): FieldMessage {
  if (rawValue === undefined || rawValue === '') return { key: 'required' };
  switch (issue.code) {
    case 'too_small':
      return { key: 'tooShort', count: Number(issue.minimum) };
    case 'too_big':
      return { key: 'tooLong', count: Number(issue.maximum) };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'email' : 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

type Options<S extends z.ZodType> = {
  schema: S;
  /** `form` is the submitted element, e.g. to clear it after success. */
  onSubmit: (values: z.output<S>, form: HTMLFormElement) => Promise<unknown> | unknown;
  /**
   * Builds the values to check from the form, for numbers, checkboxes and lists; by default
   * every field as the string typed. Errors of nested values are read with `fieldErrorAt`.
   */
  read?: (form: HTMLFormElement) => unknown;
};

/** The raw value at a path of the values read from the form, to tell "empty" from "wrong". */
function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let value = values;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function useSchemaForm<S extends z.ZodType>({ schema, onSubmit, read }: Options<S>) {
  const { t } = useTranslation('common', { keyPrefix: 'validation' });
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldMessages, setFieldMessages] = useState<Record<string, FieldMessage>>({});
  const [formFailure, setFormFailure] = useState<{ error: unknown } | 'invalid' | null>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  // The latest reader, without making every render a new submit handler.
  const readRef = useRef(read);
  readRef.current = read;

  // After a failed submit, keyboard and screen-reader users land on the first wrong field.
  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [focusRequest]);

  const handleSubmit = useCallback(
    async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (pending) return;
      const form = event.currentTarget;
      const raw = readRef.current ? readRef.current(form) : Object.fromEntries(new FormData(form));
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const messages: Record<string, FieldMessage> = {};
        for (const issue of parsed.error.issues) {
          const name = issue.path.map(String).join('.');
          messages[name] ??= messageForIssue(issue, valueAt(raw, issue.path));
        }
        setFieldMessages(messages);
        setFormFailure('invalid');
        setFocusRequest((n) => n + 1);
        return;
      }
      setFieldMessages({});
      setFormFailure(null);
      setPending(true);
      try {
        await onSubmit(parsed.data, form);
      } catch (error) {
        const messages: Record<string, FieldMessage> = {};
        if (isApiError(error)) {
          for (const field of error.fields) {
            const name = field.path.replace(/^body\./, '');
            messages[name] ??= { key: field.message === 'Required' ? 'required' : 'invalid' };
          }
        }
        setFieldMessages(messages);
        setFormFailure({ error });
        setFocusRequest((n) => n + 1);
      } finally {
        setPending(false);
      }
    },
    [schema, onSubmit, pending],
  );

  /** The message for a nested value, e.g. `availability.0.endsAt`. */
  const fieldErrorAt = (path: string): string | undefined => {
    const message = fieldMessages[path];
    return message ? t(message.key, { count: message.count ?? 0 }) : undefined;
  };
  const fieldError = (name: keyof z.input<S> & string): string | undefined => fieldErrorAt(name);

  let formError: string | null = null;
  if (formFailure === 'invalid') formError = t('summary');
  else if (formFailure) formError = errorText(formFailure.error);

  return {
    formProps: { ref: formRef, onSubmit: handleSubmit, noValidate: true },
    fieldError,
    fieldErrorAt,
    formError,
    /** The code of the API error that stopped the last submit, if any. */
    failureCode:
      formFailure && formFailure !== 'invalid' && isApiError(formFailure.error)
        ? formFailure.error.code
        : null,
    pending,
  };
}
