// Chooses a commune by searching the reference list; keeps its INSEE code and name in hidden fields.
import './places.css';
import type { CommuneMatch } from '@tutti/contracts';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@/components/ui';
import { FieldError } from '@/components/ui/field-error';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useCommuneSearch } from '../api/communes';

export type ChosenCommune = { code: string; name: string };

type Props = {
  /** Names of the hidden fields, e.g. `communeCode` and `communeName`. */
  codeName: string;
  nameName: string;
  initial: ChosenCommune | null;
  /** Called with the full match, e.g. to fill the postal code and the position. */
  onChoose?: (commune: CommuneMatch | null) => void;
  error?: string | undefined;
  legend?: string;
};

export function CommunePicker({ codeName, nameName, initial, onChoose, error, legend }: Props) {
  const { t } = useTranslation('places');
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<ChosenCommune | null>(initial);
  const [draft, setDraft] = useState('');
  const [term, setTerm] = useState('');
  const search = useCommuneSearch(term);
  const resultsId = useId();
  const errorId = useId();

  const runSearch = () => setTerm(draft.trim());
  // Enter searches instead of submitting the whole form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      runSearch();
    }
  };
  const choose = (commune: CommuneMatch | null) => {
    setChosen(commune ? { code: commune.id, name: commune.name } : null);
    setTerm('');
    setDraft('');
    onChoose?.(commune);
  };

  return (
    <fieldset className="commune-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{legend ?? t('commune.legend')}</legend>
      <input type="hidden" name={codeName} value={chosen?.code ?? ''} />
      <input type="hidden" name={nameName} value={chosen?.name ?? ''} />
      <div className="commune-picker__chosen">
        <p aria-live="polite">
          {chosen
            ? t('commune.chosen', { name: chosen.name, code: chosen.code })
            : t('commune.none')}
        </p>
        {chosen ? (
          <Button variant="ghost" size="small" onClick={() => choose(null)}>
            {t('commune.clear')}
          </Button>
        ) : null}
      </div>
      <FieldError id={errorId} message={error} />
      <div className="commune-picker__search">
        <TextField
          name={`${codeName}-search`}
          type="search"
          label={t('commune.search')}
          hint={t('commune.searchHint')}
          value={draft}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-controls={resultsId}
        />
        <Button variant="secondary" onClick={runSearch} pending={search.isFetching}>
          {t('commune.searchButton')}
        </Button>
      </div>
      <div id={resultsId} aria-live="polite">
        {search.isError ? <Alert tone="error">{errorText(search.error)}</Alert> : null}
        {term && search.data ? (
          search.data.items.length === 0 ? (
            <p>{t('commune.noResult')}</p>
          ) : (
            <ul className="commune-picker__results" aria-label={t('commune.results')}>
              {search.data.items.map((commune) => (
                <li key={commune.id}>
                  <button
                    type="button"
                    className="commune-picker__result"
                    aria-label={t('commune.choose', { name: `${commune.name} (${commune.id})` })}
                    onClick={() => choose(commune)}
                  >
                    <strong>{commune.name}</strong>
                    <span className="muted">
                      {[commune.postalCodes[0], commune.departmentName, commune.id]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </fieldset>
  );
}
