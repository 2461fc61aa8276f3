// The shape of a feature's strings: one file per language, French the reference the others match.
import type { Locale } from '@tutti/contracts';

export type TranslationTree = { [key: string]: string | TranslationTree };

/**
 * The same keys as `T`, every leaf a string: what English and German must provide. French has a
 * plural form for large numbers (`_many`: « un million de membres ») that they do not, so those
 * keys are left out; a missing or extra key is a type error.
 *
 * @example export const en: SameKeys<typeof fr> = { hello: 'Hello' };
 */
export type SameKeys<T> = {
  [K in keyof T as K extends `${string}_many` ? never : K]: T[K] extends string
    ? string
    : SameKeys<T[K]>;
};

/** `tooShort_one | tooShort_other` → `tooShort`: the key a plural is asked for by, with a count. */
export type WithoutPlural<Key> =
  Key extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : Key;

/** Loads a namespace's strings in one language; only the language shown is ever downloaded. */
export type TranslationLoaders = Record<Locale, () => Promise<TranslationTree>>;

export type { Locale };
