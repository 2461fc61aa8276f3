// A list of editable rows with stable keys, for forms whose inputs keep their own values.
import { useRef, useState } from 'react';

export function useRows<T>(initial: readonly T[], blank: () => T) {
  const nextKey = useRef(0);
  const keyed = (value: T) => ({ key: nextKey.current++, value });
  const [rows, setRows] = useState(() => initial.map(keyed));
  return {
    rows,
    add: () => setRows((current) => [...current, keyed(blank())]),
    remove: (key: number) => setRows((current) => current.filter((row) => row.key !== key)),
  };
}
