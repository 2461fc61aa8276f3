// Chooses a commune (or a BE/DE/LU municipality) by typing a name or a postal code: an ARIA 1.2
// combobox whose suggestions come from the reference; an approximate position is said as such.
import './commune-picker.css';
import type { CommuneMatch } from '@tutti/contracts';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button } from '@/components/ui';
import { FieldError } from '@/components/ui/field-error';
import { useCommuneSearch } from '../api/commune-search';

export type ChosenCommune = { code: string; name: string; approximate?: boolean };

export type CommunePickerProps = {
  /** Hidden form fields receiving the commune's code and name (e.g. `communeCode`, `communeName`). */
  codeName?: string;
  nameName?: string;
  initial?: ChosenCommune | null;
  /** Called with the chosen match (null when cleared): postal code, position, department… */
  onChoose?: (commune: CommuneMatch | null) => void;
  /** Pick-and-add mode (a list of communes): the field empties after each choice. */
  keepEmpty?: boolean;
  label?: string;
  hint?: string;
  error?: string | undefined;
};

/** Typing pauses this long before the search runs (fewer requests on a slow connection). */
const DEBOUNCE_MS = 250;

function useDebounced(value: string) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

export function CommunePicker({
  codeName,
  nameName,
  initial = null,
  onChoose,
  keepEmpty = false,
  label,
  hint,
  error,
}: CommunePickerProps) {
  const { t } = useTranslation('territories');
  const id = useId();
  const [chosen, setChosen] = useState<ChosenCommune | null>(initial);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const term = useDebounced(text.trim());
  const search = useCommuneSearch(open ? term : '');
  // Only suggestions for what is typed now: never the previous search's while the next one runs.
  const current = open && term !== '' && term === text.trim() && !search.isPlaceholderData;
  const items = current ? (search.data?.items ?? []) : [];
  const resultsFor = current && search.data ? term : '';
  // The first suggestion is highlighted as results arrive: Enter takes it (automatic selection).
  useEffect(() => setActive(resultsFor ? 0 : -1), [resultsFor]);
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (commune: CommuneMatch) => {
    if (!keepEmpty) {
      setChosen({
        code: commune.id,
        name: commune.name,
        approximate: commune.approximate,
      });
    }
    setText('');
    setOpen(false);
    setActive(-1);
    onChoose?.(commune);
  };

  const clear = () => {
    setChosen(null);
    onChoose?.(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(items.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter') {
      // Enter picks a suggestion and never submits the surrounding form by accident.
      event.preventDefault();
      const pick = items[active];
      if (pick) choose(pick);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  const expanded = items.length > 0;
  const noMatch = current && search.data !== undefined && items.length === 0;
  const announcement = noMatch
    ? t('picker.none')
    : expanded
      ? t('picker.suggestions', { count: items.length })
      : '';

  return (
    <div className="commune-combobox field">
      {codeName ? <input type="hidden" name={codeName} value={chosen?.code ?? ''} /> : null}
      {nameName ? <input type="hidden" name={nameName} value={chosen?.name ?? ''} /> : null}
      {chosen ? (
        <div className="commune-combobox__chosen">
          <p>
            {t('picker.chosen', { name: chosen.name, code: chosen.code })}{' '}
            {chosen.approximate ? <Badge>{t('picker.approximate')}</Badge> : null}
          </p>
          {chosen.approximate ? <p className="field__hint">{t('picker.approximateHint')}</p> : null}
          <Button variant="ghost" size="small" onClick={clear}>
            {t('picker.change')}
          </Button>
        </div>
      ) : (
        <>
          <label className="field__label" htmlFor={`${id}-input`}>
            {label ?? t('picker.label')}
          </label>
          <p className="field__hint" id={hintId}>
            {hint ?? t('picker.hint')}
          </p>
          <div className="commune-combobox__box">
            <input
              id={`${id}-input`}
              className="field__control"
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              aria-expanded={expanded}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
              aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setTimeout(() => setOpen(false), 150)}
            />
            <div
              id={listId}
              role="listbox"
              aria-label={label ?? t('picker.label')}
              className="commune-combobox__list"
              hidden={!expanded}
            >
              {items.map((commune, index) => (
                <div
                  key={commune.id}
                  id={optionId(index)}
                  role="option"
                  // Options are reached with the arrows (aria-activedescendant), not with Tab.
                  tabIndex={-1}
                  aria-selected={index === active}
                  className="commune-combobox__option"
                  // Chosen on mouse down, before the input's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(commune);
                  }}
                >
                  <span className="commune-combobox__name">{commune.name}</span>
                  <span className="commune-combobox__meta">
                    {[commune.postalCodes[0], commune.departmentName ?? commune.country, commune.id]
                      .filter(Boolean)
                      .join(' · ')}
                    {commune.approximate ? ` · ${t('picker.approximate')}` : ''}
                  </span>
                </div>
              ))}
            </div>
          </div>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          {noMatch ? <p className="field__hint">{t('picker.none')}</p> : null}
        </>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
