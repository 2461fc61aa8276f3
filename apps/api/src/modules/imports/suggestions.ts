// Existing records whose name is alike a value a file writes, for the preview to suggest.
import type { ImportSuggestion } from '@tutti/contracts';
import { nameSimilarity } from '@tutti/kit/text';

/** Under this, a name is not worth suggesting ("CE1 A" for "EHPAD Les Tilleuls"). */
const MIN_SIMILARITY = 0.3;

/** The `limit` records most alike `value` by folded name, the most alike first. */
export function alikeByName(
  value: string,
  records: readonly { id: string; name: string; detail?: string | null }[],
  limit = 5,
): ImportSuggestion[] {
  return records
    .map((record) => ({ record, similarity: nameSimilarity(value, record.name) }))
    .filter((s) => s.similarity >= MIN_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || a.record.name.localeCompare(b.record.name))
    .slice(0, limit)
    .map(({ record, similarity }) => ({
      id: record.id,
      label: record.name,
      detail: record.detail ?? null,
      similarity: Math.round(similarity * 100) / 100,
    }));
}
