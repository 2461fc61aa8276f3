// The approximations behind the figures, in plain words, folded away until asked for.
import type { CarbonNote } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useModelText } from '../lib/carbon-format';

export function FootprintNotes({ notes }: { notes: readonly CarbonNote[] }) {
  const { t } = useTranslation('carbon');
  const model = useModelText();
  if (notes.length === 0) return null;
  return (
    <details>
      <summary>{t('notes')}</summary>
      <ul className="carbon-notes">
        {notes.map((note) => (
          <li key={`${note.code}-${JSON.stringify(note.params)}`}>{model.note(note)}</li>
        ))}
      </ul>
    </details>
  );
}
