// Small helpers to build create and update bodies from one set of fields.
import type { z } from 'zod';

/** Every field optional: what an update body or a create body with defaults accepts. */
export function optionalFields<T extends Record<string, z.ZodType>>(fields: T) {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}

/**
 * Fields that only make sense together (a commune code and its name, a latitude and a
 * longitude) are sent together and set or cleared together; the missing one is named.
 *
 * @example z.strictObject({...}).superRefine(refinePairs([['latitude', 'longitude']]))
 */
export function refinePairs<K extends string>(pairs: readonly (readonly [K, K])[]) {
  return (value: Partial<Record<K, unknown>>, context: z.core.$RefinementCtx) => {
    for (const [a, b] of pairs) {
      const [sentA, sentB] = [value[a] !== undefined, value[b] !== undefined];
      if (sentA !== sentB) {
        const [missing, present] = sentA ? [b, a] : [a, b];
        context.addIssue({ code: 'custom', path: [missing], message: `Send with ${present}` });
      } else if (sentA && (value[a] === null) !== (value[b] === null)) {
        const [missing, present] = value[a] === null ? [a, b] : [b, a];
        context.addIssue({ code: 'custom', path: [missing], message: `Required with ${present}` });
      }
    }
  };
}
