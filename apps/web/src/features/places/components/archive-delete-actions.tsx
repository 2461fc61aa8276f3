// Archive (or bring back) and delete a record; a refused delete says what depends on it and offers
// archiving right there.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Button, ConfirmDialog } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useDependentsText } from './dependents-text';

export type ArchiveDeleteLabels = {
  archive: string;
  unarchive: string;
  delete: string;
  deleteTitle: string;
  deleteText: string;
};

type Mutation<V> = {
  mutate: (value: V, options?: { onSuccess?: () => unknown }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
};

type Props = {
  archived: boolean;
  labels: ArchiveDeleteLabels;
  /** Sends `{ archived }`, the PATCH every partner, venue and artist accepts. */
  update: Mutation<{ archived: boolean }>;
  remove: Mutation<void>;
  onDeleted: () => unknown;
  /** Buttons placed before these two (e.g. "Edit"). */
  children?: ReactNode;
};

export function ArchiveDeleteActions({
  archived,
  labels,
  update,
  remove,
  onDeleted,
  children,
}: Props) {
  const errorText = useErrorText();
  const dependentsText = useDependentsText();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  const refusal = remove.isError ? (dependentsText(remove.error) ?? errorText(remove.error)) : null;

  return (
    <div className="form__actions">
      {children}
      <Button
        variant="secondary"
        size="small"
        icon="archive"
        pending={update.isPending}
        onClick={() => update.mutate({ archived: !archived })}
      >
        {archived ? labels.unarchive : labels.archive}
      </Button>
      <Button variant="danger" size="small" icon="trash" onClick={() => setConfirming(true)}>
        {labels.delete}
      </Button>
      <ConfirmDialog
        open={confirming}
        onClose={close}
        title={labels.deleteTitle}
        confirmLabel={labels.delete}
        pending={remove.isPending}
        error={refusal}
        onConfirm={() => remove.mutate(undefined, { onSuccess: onDeleted })}
      >
        <p>{labels.deleteText}</p>
        {refusal && !archived ? (
          <Button
            variant="secondary"
            icon="archive"
            onClick={() => update.mutate({ archived: true }, { onSuccess: close })}
          >
            {labels.archive}
          </Button>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
