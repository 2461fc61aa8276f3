// Search text, a kind filter and "show archived": what every list of partners, venues and artists offers.
import './list-filters.css';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { useFilterForm } from './use-filter-form';

export type ListFilterValues = { q: string; kind: string; includeArchived: boolean };

type Props = {
  searchLabel: string;
  kindLabel: string;
  kinds: readonly { value: string; label: string }[];
  onChange: (values: ListFilterValues) => void;
  /** False for lists with nothing archived (the directory's listings). */
  archived?: boolean;
};

export function ListFilters({ searchLabel, kindLabel, kinds, onChange, archived = true }: Props) {
  const { t } = useTranslation('places');
  const { values, update, submit } = useFilterForm<ListFilterValues>(
    {
      q: '',
      kind: '',
      includeArchived: false,
    },
    onChange,
  );

  return (
    <form className="list-filters" aria-label={t('filters')} onSubmit={submit}>
      <TextField
        name="q"
        type="search"
        label={searchLabel}
        value={values.q}
        maxLength={100}
        onChange={(event) => update({ q: event.target.value })}
      />
      <SelectField
        name="kind"
        label={kindLabel}
        value={values.kind}
        options={[{ value: '', label: t('allTypes') }, ...kinds]}
        onChange={(event) => update({ kind: event.target.value }, true)}
      />
      {archived ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.includeArchived}
            onChange={(event) => update({ includeArchived: event.target.checked }, true)}
          />
          {t('showArchived')}
        </label>
      ) : null}
      <Button type="submit" variant="secondary">
        {t('search')}
      </Button>
    </form>
  );
}
