// Accent- and case-insensitive "contains" search in SQL, the same on PGlite and PostgreSQL,
// folding columns by Tutti's one rule (`foldText` of @tutti/kit): "choeur" finds "Chœur".
import { foldedLetters, foldText } from '@tutti/kit/text';
import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';

const letters = [...foldedLetters()];
// `translate` maps one character to one; ligatures and ß (œ→oe, ß→ss) need `replace` first.
const ONE_TO_ONE = letters.filter(([, plain]) => plain.length === 1);
const FROM = ONE_TO_ONE.map(([letter]) => letter).join('');
const TO = ONE_TO_ONE.map(([, plain]) => plain).join('');
const SPELLED_OUT = letters.filter(([, plain]) => plain.length > 1);

/** A string literal of letters only (`foldedLetters` yields no quote): safe as raw SQL. */
function literal(text: string): SQL {
  return sql.raw(`'${text.replace(/'/g, "''")}'`);
}

/** `%`, `_` and `\\` typed by a person are matched literally in a LIKE pattern. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The folded form of a column, as `foldText` folds text: for searching, and for sorting "École" with the E's. */
export function folded(column: AnyColumn | SQL): SQL {
  let expression = sql`lower(${column})`;
  for (const [letter, plain] of SPELLED_OUT) {
    expression = sql`replace(${expression}, ${literal(letter)}, ${literal(plain)})`;
  }
  return sql`translate(${expression}, ${literal(FROM)}, ${literal(TO)})`;
}

/**
 * True when any of `columns` contains `query`, ignoring case, accents and ligatures.
 *
 * @example where(containsFolded([partners.name, partners.communeName], 'chateau'))
 * // finds "Mairie de Château-Chinon"
 */
export function containsFolded(columns: (AnyColumn | SQL)[], query: string): SQL {
  const pattern = `%${escapeLike(foldText(query.trim()))}%`;
  return or(...columns.map((column) => sql`${folded(column)} like ${pattern}`))!;
}
