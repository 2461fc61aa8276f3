// Commune search by name (accent-, case- and punctuation-insensitive) and by postal code.

import { compactName, nameTokens } from '../text/normalize';
import type { Commune, NameAlias } from '../types';
import { buildPrefixIndex } from './prefix-index';

export type MatchKind = 'exact' | 'prefix' | 'words' | 'postal-code' | 'code';
export type CommuneMatch = { commune: Commune; matchedName: string; match: MatchKind };

export type CommuneSearch = {
  /** Name, postal code or INSEE code; best matches first. */
  search(query: string, options?: { limit?: number }): CommuneMatch[];
  /** Communes served by a postal code, most populous first. */
  byPostalCode(postalCode: string): Commune[];
};

type Entry = { commune: Commune; name: string; folded: string; compact: string };

// A 5-digit query is more often a postal code than an INSEE code: postal matches first.
const RANK: Record<MatchKind, number> = {
  exact: 0,
  'postal-code': 0,
  code: 1,
  prefix: 1,
  words: 2,
};

/**
 * Builds the search over communes and aliases. Ranking: exact name (or code) first, then
 * names starting with the query, then names containing every word of the query as a word
 * prefix; within a rank, the most populous first. Digits in a query are read as a postal
 * code (prefix) or, with 5 characters, an INSEE code.
 *
 * @example buildCommuneSearch(communes).search('saint etienne')[0]?.commune.name // "Saint-Étienne"
 */
export function buildCommuneSearch(
  communes: readonly Commune[],
  aliases: readonly NameAlias[] = [],
): CommuneSearch {
  const byId = new Map(communes.map((c) => [c.id, c]));
  const entries: Entry[] = [];
  const add = (commune: Commune, name: string) =>
    entries.push({ commune, name, folded: nameTokens(name).join(' '), compact: compactName(name) });
  for (const c of communes) add(c, c.name);
  for (const a of aliases) {
    const commune = byId.get(a.communeId);
    if (commune) add(commune, a.name);
  }
  const words = buildPrefixIndex(
    entries.flatMap((e, i) => e.folded.split(' ').map((t) => [t, i] as const)),
  );
  const compacts = buildPrefixIndex(entries.map((e, i) => [e.compact, i] as const));
  const postal = new Map<string, Commune[]>();
  for (const c of communes) {
    for (const p of c.postalCodes) postal.set(p, [...(postal.get(p) ?? []), c]);
  }
  const byPopulation = (a: Commune, b: Commune) =>
    b.population - a.population || a.id.localeCompare(b.id);

  const byPostalCode = (postalCode: string) =>
    [...(postal.get(postalCode.trim()) ?? [])].sort(byPopulation);

  const search = (query: string, options: { limit?: number } = {}): CommuneMatch[] => {
    const limit = options.limit ?? 10;
    const tokens = nameTokens(query);
    const numeric = (t: string) => /^\d+$/.test(t);
    // Digits are a postal code when 5 long or alone ("014"); else a word ("paris 15").
    const onlyDigits = tokens.every(numeric);
    const digits = tokens.filter((t) => numeric(t) && (onlyDigits || t.length === 5));
    const wordTokens = tokens.filter((t) => !digits.includes(t));
    const matches = new Map<string, CommuneMatch>();
    const offer = (m: CommuneMatch) => {
      const previous = matches.get(m.commune.id);
      if (!previous || RANK[m.match] < RANK[previous.match]) matches.set(m.commune.id, m);
    };
    const code = query.trim().toUpperCase();
    const exactCode = byId.get(code);
    if (exactCode) offer({ commune: exactCode, matchedName: exactCode.name, match: 'code' });
    const postalPrefix = digits[0];
    const postalOk = (c: Commune) =>
      !postalPrefix || c.postalCodes.some((p) => p.startsWith(postalPrefix));
    if (wordTokens.length === 0) {
      if (!postalPrefix) return [...matches.values()];
      for (const [code, served] of postal) {
        if (!code.startsWith(postalPrefix)) continue;
        for (const c of served) offer({ commune: c, matchedName: c.name, match: 'postal-code' });
      }
    } else {
      const folded = wordTokens.join(' ');
      const compact = wordTokens.join('');
      const sets = wordTokens.map((t) => words.lookup(t)).sort((a, b) => a.size - b.size);
      const [first, ...rest] = sets;
      const candidates = new Set([...(first ?? [])].filter((i) => rest.every((s) => s.has(i))));
      for (const i of compacts.lookup(compact)) candidates.add(i);
      for (const i of candidates) {
        const e = entries[i] as Entry;
        if (!postalOk(e.commune)) continue;
        const match: MatchKind =
          e.folded === folded || e.compact === compact
            ? 'exact'
            : e.folded.startsWith(folded) || e.compact.startsWith(compact)
              ? 'prefix'
              : 'words';
        offer({ commune: e.commune, matchedName: e.name, match });
      }
    }
    return [...matches.values()]
      .sort((a, b) => RANK[a.match] - RANK[b.match] || byPopulation(a.commune, b.commune))
      .slice(0, limit);
  };

  return { search, byPostalCode };
}
