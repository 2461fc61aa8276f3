// Turns the commune cells of a line (name, postal code, INSEE code) into one commune of the reference,
// and suggests the communes a name written differently may mean.
import type { ImportIssueCode, ImportSuggestion } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type Commune, resolveCommune } from '@tutti/geo';
import { nameSimilarity } from '@tutti/kit/text';
import { communeReference } from '../communes';

export type CommuneCells = { name: string | null; postalCode: string | null; code: string | null };

export type ResolvedCommune = {
  code: string;
  name: string;
  postalCode: string | null;
  /** The postal code was written with four digits and read with its leading zero. */
  zeroRestored: boolean;
};

export type CommuneResolution =
  | { ok: true; commune: ResolvedCommune | null }
  | {
      ok: false;
      /** Which of the cells to point at. */
      cell: keyof CommuneCells;
      code: Extract<ImportIssueCode, 'unknownCommune' | 'ambiguousCommune'>;
      params: Record<string, string | number>;
    };

export type CommuneResolver = {
  resolve(cells: CommuneCells): CommuneResolution;
  /** A commune of the reference by its code, as a choice maps a value to it. */
  byCode(code: string): { code: string; name: string; postalCodes: string[] } | null;
  /** The communes the cells may mean, the most alike first (the candidates of an ambiguous name first). */
  suggest(cells: CommuneCells, limit?: number): ImportSuggestion[];
};

/** Suggestions under this similarity are noise ("Nevers" for "Vichy"). */
const MIN_SIMILARITY = 0.3;

/** Excel drops the leading zero of "01000": four digits may be a French code without it. */
function postalVariants(postalCode: string | null): string[] {
  if (!postalCode) return [];
  return /^\d{4}$/.test(postalCode) ? [postalCode, `0${postalCode}`] : [postalCode];
}

function found(commune: Commune, variants: string[]): CommuneResolution {
  const postalCode = variants.find((v) => commune.postalCodes.includes(v)) ?? variants[0] ?? null;
  const zeroRestored = postalCode !== null && postalCode !== variants[0];
  return { ok: true, commune: { code: commune.id, name: commune.name, postalCode, zeroRestored } };
}

function unique(communes: Commune[]) {
  return [...new Map(communes.map((c) => [c.id, c])).values()];
}

const plainName = (name: string) => name.replace(/\s+cedex(\s+\d+)?$/i, '');

/** "Nevers (58) · 58000": what tells two communes of the same name apart. */
function detailOf(commune: Commune) {
  const department = commune.departmentCode ? `(${commune.departmentCode})` : null;
  const postal = commune.postalCodes.slice(0, 2).join(', ') || null;
  return [department, postal].filter(Boolean).join(' · ') || null;
}

/**
 * A resolver over the commune reference, with a cache (a file names the same communes again
 * and again). The INSEE code wins; else the name, narrowed by the postal code when it is
 * ambiguous ("Saint-Martin"); else the postal code alone when it serves one commune. A name
 * that exists once is kept even with an unknown postal code ("58019 Nevers Cedex").
 */
export async function communeResolver(database: TuttiDatabase): Promise<CommuneResolver> {
  const reference = await communeReference(database);
  const search = reference.search();
  const cache = new Map<string, CommuneResolution>();

  const exactlyNamed = (name: string) =>
    unique(
      search
        .search(plainName(name), { limit: 50 })
        .filter((m) => m.match === 'exact')
        .map((m) => m.commune),
    );

  const resolve = ({ name, postalCode, code }: CommuneCells): CommuneResolution => {
    const variants = postalVariants(postalCode);
    if (code) {
      const commune = resolveCommune(reference.dataset, code);
      return commune
        ? found(commune, variants)
        : { ok: false, cell: 'code', code: 'unknownCommune', params: { code } };
    }
    if (name) {
      const named = exactlyNamed(name);
      const narrowed = named.filter((c) => variants.some((v) => c.postalCodes.includes(v)));
      const candidates = narrowed.length > 0 || named.length > 1 ? narrowed : named;
      if (candidates.length === 1) return found(candidates[0]!, variants);
      if (named.length > 1) {
        const count = candidates.length || named.length;
        return { ok: false, cell: 'name', code: 'ambiguousCommune', params: { count } };
      }
      return { ok: false, cell: 'name', code: 'unknownCommune', params: { name } };
    }
    if (variants.length > 0) {
      const served = unique(variants.flatMap((v) => search.byPostalCode(v)));
      if (served.length === 1) return found(served[0]!, variants);
      return served.length === 0
        ? {
            ok: false,
            cell: 'postalCode',
            code: 'unknownCommune',
            params: { postalCode: postalCode! },
          }
        : {
            ok: false,
            cell: 'postalCode',
            code: 'ambiguousCommune',
            params: { count: served.length },
          };
    }
    return { ok: true, commune: null };
  };

  const suggest = ({ name, postalCode, code }: CommuneCells, limit = 5): ImportSuggestion[] => {
    const variants = postalVariants(postalCode);
    const served = unique(variants.flatMap((v) => search.byPostalCode(v)));
    const written = name ? plainName(name) : null;
    const candidates = new Map<string, Commune>();
    for (const commune of served) candidates.set(commune.id, commune);
    if (written) {
      for (const commune of exactlyNamed(written)) candidates.set(commune.id, commune);
      // Names written differently share their first letters or one of their words.
      const words = written.split(/[\s'’-]+/).filter((w) => w.length >= 3);
      for (const query of [written.slice(0, 3), ...words]) {
        for (const match of search.search(query, { limit: 200 })) {
          candidates.set(match.commune.id, match.commune);
        }
      }
    }
    const scored = [...candidates.values()].map((commune) => {
      // Without a name, the postal code's communes are the suggestions, the most populous first.
      const byName = written ? nameSimilarity(written, commune.name) : 0.5;
      const samePostal = variants.some((v) => commune.postalCodes.includes(v));
      return { commune, similarity: byName, rank: byName + (samePostal ? 0.25 : 0) };
    });
    return scored
      .filter((s) => s.similarity >= MIN_SIMILARITY || (!written && !code))
      .sort(
        (a, b) =>
          b.rank - a.rank ||
          b.commune.population - a.commune.population ||
          a.commune.id.localeCompare(b.commune.id),
      )
      .slice(0, limit)
      .map(({ commune, similarity }) => ({
        id: commune.id,
        label: commune.name,
        detail: detailOf(commune),
        similarity: Math.round(similarity * 100) / 100,
      }));
  };

  return {
    resolve(cells) {
      const key = `${cells.name ?? ''}|${cells.postalCode ?? ''}|${cells.code ?? ''}`;
      let resolution = cache.get(key);
      if (!resolution) {
        resolution = resolve(cells);
        cache.set(key, resolution);
      }
      return resolution;
    },
    byCode(code) {
      const commune = resolveCommune(reference.dataset, code);
      return commune
        ? { code: commune.id, name: commune.name, postalCodes: commune.postalCodes }
        : null;
    },
    suggest,
  };
}
