// The artists a run may use: home, transport and kilometres a day; those without a home wait.
import type { PlanningCandidates } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

type Artist = PlanningCandidates['artists'][number];
type Props = {
  artists: Artist[];
  selected: Set<string>;
  onChange: (selected: Set<string>) => void;
  error?: string | undefined;
};

export function ArtistPicker({ artists, selected, onChange, error }: Props) {
  const { t } = useTranslation(['tours', 'vocabulary']);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="tours-picker" aria-describedby="tours-artists-hint">
      <legend>{t('artists.legend', { selected: selected.size, count: artists.length })}</legend>
      <p className="field__hint" id="tours-artists-hint">
        {t('artists.hint')}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="tours-options tours-options--grid">
        {artists.map((a) => (
          <li key={a.id}>
            <label className="tours-option">
              <input
                type="checkbox"
                name="artistIds"
                value={a.id}
                checked={selected.has(a.id)}
                disabled={!a.located}
                onChange={(event) => toggle(a.id, event.target.checked)}
              />
              <span>
                <strong>{a.name}</strong>
                <span className="tours-option__meta">
                  {a.located
                    ? t('artists.details', {
                        home: a.homeCommuneName ?? '',
                        mode: t(`vocabulary:transportMode.${a.transportMode}`),
                        km:
                          a.maxTravelKmPerDay === null
                            ? t('artists.noMax')
                            : t('artists.maxKm', { km: a.maxTravelKmPerDay }),
                      })
                    : t('artists.notLocated')}
                </span>
                <span className="tours-option__meta">
                  {a.skills.map((skill) => t(`vocabulary:sessionKind.${skill}`)).join(', ')}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
