// Areas a coordinator can choose: a department, an EPCI, a region, or any list of communes.

import type { CommuneDataset } from '../communes/dataset';
import type { Commune } from '../types';

export type Area =
  | { kind: 'department'; code: string }
  | { kind: 'epci'; code: string }
  | { kind: 'region'; code: string }
  /** Any list of ids, French or foreign: a cross-border area is such a list. */
  | { kind: 'communes'; ids: readonly string[] };

/**
 * The communes of an area, in data set order. Unknown ids in a list are ignored; the
 * caller validates input ids with `dataset.byId`.
 *
 * @example communesInArea(dataset, { kind: 'department', code: '42' }).length // 323
 */
export function communesInArea(dataset: CommuneDataset, area: Area): Commune[] {
  switch (area.kind) {
    case 'department':
      return dataset.communes.filter((c) => c.country === 'FR' && c.departmentCode === area.code);
    case 'region':
      return dataset.communes.filter((c) => c.country === 'FR' && c.regionCode === area.code);
    case 'epci': {
      const members = dataset.epcis.get(area.code)?.memberIds ?? [];
      return members.flatMap((id) => dataset.byId.get(id) ?? []);
    }
    case 'communes': {
      const ids = new Set(area.ids);
      return dataset.communes.filter((c) => ids.has(c.id));
    }
  }
}
