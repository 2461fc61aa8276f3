// Reads the call editor's rows (fields, recordings, criteria) into the API's shapes. A row keeps
// its key (answers, recordings and scores are stored under it); a new row gets one from its
// French label, unique in its list.
import type { CallCriterion, CallField, CallRecordingSpec } from '@tutti/contracts';
import { foldText } from '@tutti/kit/text';
import { readForm } from '@/lib/read-form';

type Row = Record<string, string>;

/** `Test de tessiture` → `test_de_tessiture`; a label without letters gets `<fallback>`. */
export function keyOf(label: string, fallback: string) {
  const slug = foldText(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 32)
    .replace(/_+$/, '');
  return slug || fallback;
}

/** Keys as given, new ones from the label; a repeated one gets `_2`, `_3`… */
function withKeys(rows: Row[], prefix: string): (Row & { key: string })[] {
  const taken = new Set(rows.map((row) => row.key).filter(Boolean));
  return rows.map((row, index) => {
    if (row.key) return row as Row & { key: string };
    const base = keyOf(row.labelFr ?? '', `${prefix}_${index + 1}`);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return { ...row, key };
  });
}

const labelOf = (row: Row) => ({
  fr: row.labelFr ?? '',
  ...(row.labelEn ? { en: row.labelEn } : {}),
  ...(row.labelDe ? { de: row.labelDe } : {}),
});

/** Empty stays empty (required), anything else a number or NaN (refused). */
const numberOf = (value: string | undefined) =>
  value ? Number(value.replace(',', '.')) : undefined;

export function readCallForm(form: HTMLFormElement): {
  fields: Partial<CallField>[];
  recordings: Partial<CallRecordingSpec>[];
  criteria: Partial<CallCriterion>[];
} {
  const values = readForm(form);
  return {
    fields: withKeys(values.rows('fields'), 'field').map((row) => ({
      key: row.key,
      type: row.type as CallField['type'],
      label: labelOf(row),
      required: row.required === 'on',
      visibility: row.visibility as CallField['visibility'],
      options:
        row.type === 'choice'
          ? (row.options ?? '')
              .split('\n')
              .map((option) => option.trim())
              .filter(Boolean)
          : [],
    })),
    recordings: withKeys(values.rows('recordings'), 'recording').map((row) => ({
      key: row.key,
      label: labelOf(row),
      maxSeconds: numberOf(row.maxSeconds),
      required: row.required === 'on',
    })),
    criteria: withKeys(values.rows('criteria'), 'criterion').map((row) => ({
      key: row.key,
      label: labelOf(row),
      weight: numberOf(row.weight),
      independent: row.independent === 'on',
    })),
  };
}
