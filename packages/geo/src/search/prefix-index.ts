// Sorted-key index answering "which entries have a key starting with this prefix".

export type PrefixIndex = {
  /** Ids of entries with at least one key starting with `prefix`. */
  lookup(prefix: string): Set<number>;
};

/**
 * Builds a prefix index from (key, id) pairs: keys sorted once, then each lookup is a
 * binary search followed by a scan of the matching range.
 *
 * @example buildPrefixIndex([['saint', 1], ['etienne', 1]]).lookup('eti') // Set {1}
 */
export function buildPrefixIndex(pairs: readonly (readonly [string, number])[]): PrefixIndex {
  const sorted = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const keys = sorted.map((p) => p[0]);
  const ids = sorted.map((p) => p[1]);
  return {
    lookup(prefix) {
      let low = 0;
      let high = keys.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((keys[mid] as string) < prefix) low = mid + 1;
        else high = mid;
      }
      const found = new Set<number>();
      for (let i = low; i < keys.length && (keys[i] as string).startsWith(prefix); i++) {
        found.add(ids[i] as number);
      }
      return found;
    },
  };
}
