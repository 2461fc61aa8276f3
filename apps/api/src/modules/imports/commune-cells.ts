// Turns the commune cells of a line (name, postal code, INSEE code) into one commune of the reference.
import type { ImportIssueCode } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type Commune, resolveCommune } from '@tutti/geo';
import { communeReference } from '../communes';

export type CommuneCells = { name: string | null; postalCode: string | null; code: string | null };

export type ResolvedCommune = { code: string; name: string; postalCode: string | null };

export type CommuneResolution =
  | { ok: true; commune: ResolvedCommune | null }
  | {
      ok: false;
      /** Which of the cells to point at. */
      cell: keyof CommuneCells;
      code: Extract<ImportIssueCode, 'unknownCommune' | 'ambiguousCommune'>;
      params: Record<string, string | number>;
    };

export type CommuneResolver = (cells: CommuneCells) => CommuneResolution;

/** Excel drops the leading zero of "01000": four digits may be a French code without it. */
function postalVariants(postalCode: string | null): string[] {
  if (!postalCode) return [];
  return /^\d{4}$/.test(postalCode) ? [postalCode, `0${postalCode}`] : [postalCode];
}

function found(commune: Commune, variants: string[]): CommuneResolution {
  const postalCode = variants.find((v) => commune.postalCodes.includes(v)) ?? variants[0] ?? null;
  return { ok: true, commune: { code: commune.id, name: commune.name, postalCode } };
}

function unique(communes: Commune[]) {
  return [...new Map(communes.map((c) => [c.id, c])).values()];
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

  const resolve = ({ name, postalCode, code }: CommuneCells): CommuneResolution => {
    const variants = postalVariants(postalCode);
    if (code) {
      const commune = resolveCommune(reference.dataset, code);
      return commune
        ? found(commune, variants)
        : { ok: false, cell: 'code', code: 'unknownCommune', params: { code } };
    }
    if (name) {
      const plainName = name.replace(/\s+cedex(\s+\d+)?$/i, '');
      const named = unique(
        search
          .search(plainName, { limit: 50 })
          .filter((m) => m.match === 'exact')
          .map((m) => m.commune),
      );
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

  return (cells) => {
    const key = `${cells.name ?? ''}|${cells.postalCode ?? ''}|${cells.code ?? ''}`;
    let resolution = cache.get(key);
    if (!resolution) {
      resolution = resolve(cells);
      cache.set(key, resolution);
    }
    return resolution;
  };
}
