// Columns and cells shared by importers: the commune (name, postal code, INSEE code) and the address.
import type { ImportIssue } from '@tutti/contracts';
import { type FieldSpec, foldHeader } from '../../platform/tabular';
import type { CommuneResolver } from './commune-cells';
import type { Cells, Mention, Target } from './import-types';
import type { LineReader } from './line-reader';
import { communeKey } from './references';

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
 * reference. A commune the reference does not know as written, or that several answer to,
 * becomes a mention: the preview asks which commune it is, once for every line writing it so.
 * A postal code read with its leading zero restored is said on the line.
 */
export function readCommune(line: LineReader, communes: CommuneResolver, cells: Cells) {
  const issues: ImportIssue[] = [];
  const written = {
    name: line.text('communeName'),
    postalCode: line.text('postalCode'),
    code: line.text('communeCode'),
  };
  const resolution = communes.resolve(written);
  if (!resolution.ok) {
    const field = { name: 'communeName', postalCode: 'postalCode', code: 'communeCode' }[
      resolution.cell
    ];
    // "Neverz (58000)": the name as written, with the code that goes with it.
    const codes = [written.postalCode, written.code].filter(Boolean).join(', ');
    const value = written.name ? (codes ? `${written.name} (${codes})` : written.name) : codes;
    const mention: Mention = {
      kind: 'commune',
      field,
      key: communeKey(written),
      value,
      problem: resolution.code === 'ambiguousCommune' ? 'ambiguous' : 'unknown',
    };
    return { commune: null, postalCode: written.postalCode, issues, mention };
  }
  const { commune } = resolution;
  if (commune) {
    cells.communeName = commune.name;
    cells.communeCode = commune.code;
    if (commune.postalCode) cells.postalCode = commune.postalCode;
    if (commune.zeroRestored) issues.push(line.warning('postalCode', 'postalCodeZeroRestored'));
  }
  const postalCode = commune?.postalCode ?? written.postalCode;
  return { commune, postalCode, issues, mention: null };
}

/** A commune target in a line's values and cells: its code and name (a mapped commune). */
export function communeOf(target: Target | undefined) {
  return target ? { communeCode: target.id, communeName: target.label } : {};
}

/** Same name (accents and case aside) in the same commune: probably the same partner or venue. */
export function placeKey(name: string, communeCode: string | null | undefined) {
  return `${foldHeader(name)}|${communeCode ?? ''}`;
}
