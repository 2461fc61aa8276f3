// Reads typed values out of a submitted form: trimmed text, null for empty, numbers, checkboxes, rows.

export type FormValues = ReturnType<typeof readForm>;

/**
 * @example const v = readForm(form); ({ name: v.text('name'), capacity: v.number('capacity') })
 */
export function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return {
    text,
    /** Empty means "not given": null. */
    optionalText: (name: string) => text(name) || null,
    /** Empty is null; a comma is read as a decimal point; anything else stays NaN (refused). */
    number: (name: string) => {
      const value = text(name);
      return value === '' ? null : Number(value.replace(',', '.'));
    },
    checked: (name: string) => data.get(name) === 'on',
    all: (name: string) => data.getAll(name).map(String),
    /** Fields named `<prefix>.<index>.<field>`, as objects in index order. */
    rows: (prefix: string): Record<string, string>[] => {
      const byIndex = new Map<number, Record<string, string>>();
      const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.(\\w+)$`);
      for (const [key, value] of data.entries()) {
        const match = pattern.exec(key);
        if (!match) continue;
        const index = Number(match[1]);
        const row = byIndex.get(index) ?? {};
        row[match[2]!] = String(value).trim();
        byIndex.set(index, row);
      }
      return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
    },
  };
}

/** Weekly windows as the API takes them; an end at 00:00 is midnight, the end of the day. */
export function readWindows(values: FormValues, prefix: string) {
  return values.rows(prefix).map((row) => ({
    weekday: Number(row.weekday),
    startsAt: row.startsAt ?? '',
    endsAt: row.endsAt === '00:00' ? '24:00' : (row.endsAt ?? ''),
  }));
}

export function readRanges(values: FormValues, prefix: string) {
  return values.rows(prefix).map((row) => ({
    startsOn: row.startsOn ?? '',
    endsOn: row.endsOn ?? '',
    reason: row.reason ? row.reason : null,
  }));
}
