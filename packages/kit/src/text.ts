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
  // Spelled out after the decomposition: ǽ and ǿ decompose to æ and ø with an accent.
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT[letter] ?? letter);
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

/** The trigrams of a text's folded words, each word padded as PostgreSQL's pg_trgm pads it. */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same once folded): the share
 * of trigrams they have in common (the measure of pg_trgm's `similarity`), on folded words,
 * so that case, accents, ligatures and punctuation do not count. What "a group or a commune
 * written differently" means when an import suggests the existing ones.
 *
 * @example nameSimilarity('CE1 Paul Langevin', 'CE1 École Paul-Langevin') // 0.75
 * @example nameSimilarity('Neverz', 'Nevers') // ≈ 0.56
 */
export function nameSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}
