// Declares a feature's strings in the three languages; the compiler checks that they match.
import type { Locale } from '@tutti/contracts';

export type TranslationTree = { [key: string]: string | TranslationTree };

/** The same keys as `T`, every leaf a string: what English and German must provide. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type Translations<T extends TranslationTree = TranslationTree> = {
  fr: T;
  en: SameKeys<T>;
  de: SameKeys<T>;
};

/**
 * French is written first and is the reference: a key missing from English or German, or one
 * that only exists there, is a type error.
 *
 * @example defineTranslations({ fr: { hello: 'Bonjour' }, en: { hello: 'Hello' }, de: { hello: 'Hallo' } })
 */
export function defineTranslations<T extends TranslationTree>(translations: Translations<T>) {
  return translations;
}

export type { Locale };
