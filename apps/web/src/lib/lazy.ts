// React.lazy for named exports, so that modules keep named exports and still split into chunks.
import { type ComponentType, lazy } from 'react';

export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
