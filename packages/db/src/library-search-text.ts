// The text a network library's search reads for one entry: title, summary, tags, file name and
// text, folded by `foldText` (accents, case, ligatures), so that a folded query finds it.
import { foldText } from '@tutti/kit/text';

export function librarySearchText(entry: {
  title: string;
  summary: string;
  body: string | null;
  tags: readonly string[];
  fileName?: string | null | undefined;
}) {
  return foldText(
    [entry.title, entry.summary, entry.tags.join(' '), entry.fileName ?? '', entry.body ?? '']
      .join('\n')
      .slice(0, 60_000),
  );
}
