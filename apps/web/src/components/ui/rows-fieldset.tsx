// A fieldset of editable rows (communes, partners, funders, budget lines) with add and remove.
import './rows-editor.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { useRows } from './use-rows';

type Props<T> = {
  legend: string;
  addLabel: string;
  initial: readonly T[];
  blank: () => T;
  /** `at` is the field-name prefix of the row, e.g. `funders.2`. */
  renderRow: (row: { at: string; value: T; index: number }) => ReactNode;
  name: string;
  rowClassName?: string;
};

export function RowsFieldset<T>({
  legend,
  addLabel,
  initial,
  blank,
  renderRow,
  name,
  rowClassName,
}: Props<T>) {
  const { t } = useTranslation('projects');
  const { rows, add, remove } = useRows<T>(initial, blank);
  return (
    <fieldset className="rows-editor">
      <legend>{legend}</legend>
      {rows.length > 0 ? (
        <ol className="rows-editor__list">
          {rows.map((row, index) => (
            <li
              key={row.key}
              className={['rows-editor__row', rowClassName].filter(Boolean).join(' ')}
            >
              {renderRow({ at: `${name}.${index}`, value: row.value, index })}
              <Button
                variant="ghost"
                size="small"
                icon="close"
                className="rows-editor__remove"
                aria-label={t('form.removeNamed', { index: index + 1 })}
                onClick={() => remove(row.key)}
              >
                {t('form.remove')}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      <div>
        <Button variant="secondary" size="small" icon="plus" onClick={add}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
