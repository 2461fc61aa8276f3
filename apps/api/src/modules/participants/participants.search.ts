// Names as they are searched; the normalisation itself lives with the column it fills (@tutti/db).
export { normaliseForSearch, searchNameOf } from '@tutti/db';

/** `%`, `_` and `\` typed by a person are matched literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
