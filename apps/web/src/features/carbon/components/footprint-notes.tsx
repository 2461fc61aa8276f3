// The approximations behind the figures, in plain words, folded away until asked for.
import type { CarbonNote } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useModelText } from '../lib/carbon-format';

/** Gaps the "To check" card lists with what to fix: not said twice. */
const SHOWN_AS_FLAGS = new Set([
  'session-venue-unknown',
  'artist-home-unknown',
  'group-origin-unknown',
  'group-size-unknown',
]);

export function FootprintNotes({ notes: all }: { notes: readonly CarbonNote[] }) {
  const { t } = useTranslation('carbon');
  const model = useModelText();
  const notes = all.filter((note) => !SHOWN_AS_FLAGS.has(note.code));
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
