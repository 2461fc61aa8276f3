// Accent- and case-insensitive "contains" search in SQL, the same on PGlite and PostgreSQL.
import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';

// `translate` maps one character to one: enough for French, German and most European names.
const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæß';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyyoas';

/** Lower-case, accent-free form of `text`, as the SQL side computes it. */
export function foldText(text: string): string {
  return [...text.toLowerCase()]
    .map((c) => {
      const i = ACCENTED.indexOf(c);
      return i >= 0 ? PLAIN[i] : c;
    })
    .join('');
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The lower-case, accent-free form of a column: for searching, and for sorting "École" with the E's. */
export function folded(column: AnyColumn | SQL): SQL {
  return sql`translate(lower(${column}), ${ACCENTED}, ${PLAIN})`;
}

/**
 * True when any of `columns` contains `query`, ignoring case and accents.
 *
 * @example where(containsFolded([partners.name, partners.communeName], 'chateau'))
 * // finds "Mairie de Château-Chinon"
 */
export function containsFolded(columns: (AnyColumn | SQL)[], query: string): SQL {
  const pattern = `%${escapeLike(foldText(query.trim()))}%`;
  return or(
    ...columns.map(
      (column) => sql`translate(lower(${column}), ${ACCENTED}, ${PLAIN}) like ${pattern}`,
    ),
  )!;
}
