// Tutti's one rule for comparing names whatever their case, accents and ligatures.

/** Letters that no Unicode decomposition takes apart, spelled as people type them. */
const SPELLED_OUT: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};
const SPELLED_OUT_PATTERN = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'g');

/**
 * The folded form of a text: lower case, accents removed, ligatures and ß spelled out
 * (œ→oe, æ→ae, ß→ss). Spaces and punctuation are kept as they are: callers that compare
 * words (search names, headers, commune names) split or collapse them themselves.
 *
 * Stored data derives from this rule (`participants.search_name`): changing it needs a
 * migration that recomputes the stored values.
 *
 * @example foldText('Chœur de Noël') // 'choeur de noel'
 * @example foldText('STRAßE') // 'strasse'
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * Every letter of Latin-1 and Latin Extended-A and B (where European names are written), in
 * both cases, whose folded form differs from itself, with that form: what a database
 * expression needs to fold a column as `foldText` folds a query, even where the database's
 * `lower()` knows only ASCII.
 *
 * @example foldedLetters().get('É') // 'e'
 */
export function foldedLetters(): Map<string, string> {
  const letters = new Map<string, string>();
  for (let code = 0xc0; code <= 0x24f; code++) {
    const letter = String.fromCharCode(code);
    const folded = foldText(letter);
    if (folded !== letter) letters.set(letter, folded);
  }
  return letters;
}

/**
 * A piece of file name safe in every browser and file system: the folded text's letters and
 * digits, dashes between words, 60 characters at most; `fallback` when nothing is left.
 *
 * @example fileSlug('Chœur de Noël — 2027', 'export') // 'choeur-de-noel-2027'
 */
export function fileSlug(text: string, fallback: string): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
