// Columns and cells shared by importers: the commune (name, postal code, INSEE code) and the address.
import type { ImportIssue } from '@tutti/contracts';
import { type FieldSpec, foldHeader } from '../../platform/tabular';
import type { CommuneResolver } from './commune-cells';
import type { Cells } from './import-types';
import type { LineReader } from './line-reader';

export const COMMUNE_KEYS = ['postalCode', 'communeName', 'communeCode'] as const;

const suffixOf = (key: string) => Number(/\.(\d+)$/.exec(key)?.[1] ?? 1);

/**
 * The preview table's fields: the keys found among the columns, in the order of the specs,
 * repeated fields grouped by number (contact 1, then contact 2); `shown` fields always appear,
 * and so do the commune's name and code as soon as any commune column is there.
 */
export function previewFields(
  specs: readonly FieldSpec[],
  keys: ReadonlySet<string>,
  shown: readonly string[] = [],
): string[] {
  const communeShown = COMMUNE_KEYS.some((key) => keys.has(key));
  const forced = new Set([...shown, ...(communeShown ? ['communeName', 'communeCode'] : [])]);
  const fields = specs.flatMap((spec) => {
    const found = [...keys].filter((k) => k === spec.field || k.startsWith(`${spec.field}.`));
    return found.length > 0 ? found : forced.has(spec.field) ? [spec.field] : [];
  });
  // A stable sort: fields keep the specs' order within each number.
  return fields.sort((a, b) => suffixOf(a) - suffixOf(b));
}

/**
 * The commune of a line from whichever of its cells are filled, resolved against the
 * reference; a failure becomes an issue on the cell it comes from.
 */
export function readCommune(line: LineReader, communes: CommuneResolver, cells: Cells) {
  const issues: ImportIssue[] = [];
  const resolution = communes({
    name: line.text('communeName'),
    postalCode: line.text('postalCode'),
    code: line.text('communeCode'),
  });
  if (!resolution.ok) {
    const key = { name: 'communeName', postalCode: 'postalCode', code: 'communeCode' }[
      resolution.cell
    ];
    issues.push(line.issue(key, resolution.code, resolution.params));
    return { commune: null, postalCode: line.text('postalCode'), issues };
  }
  const { commune } = resolution;
  if (commune) {
    cells.communeName = commune.name;
    cells.communeCode = commune.code;
    if (commune.postalCode) cells.postalCode = commune.postalCode;
  }
  return { commune, postalCode: commune?.postalCode ?? line.text('postalCode'), issues };
}

/** Same name (accents and case aside) in the same commune: probably the same partner or venue. */
export function placeKey(name: string, communeCode: string | null | undefined) {
  return `${foldHeader(name)}|${communeCode ?? ''}`;
}
