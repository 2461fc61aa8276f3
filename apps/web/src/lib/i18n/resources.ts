// Downloads one language's strings, every namespace at once, before that language is shown.
import type { i18n as I18n } from 'i18next';
import type { Locale, TranslationLoaders } from './translations';

let namespaces: Record<string, TranslationLoaders> = {};
const loading = new Map<Locale, Promise<void>>();

/** `loaders` maps a namespace (`common`, a feature's id) to its strings' loaders. */
export function registerNamespaces(loaders: Record<string, TranslationLoaders>) {
  namespaces = loaders;
}

export function namespaceNames() {
  return Object.keys(namespaces);
}

/** Resolves once every namespace has its strings in `locale`; a second call waits for the first. */
export function loadLanguage(i18n: I18n, locale: Locale): Promise<void> {
  const pending =
    loading.get(locale) ??
    Promise.all(
      Object.entries(namespaces).map(async ([namespace, load]) => {
        if (!i18n.hasResourceBundle(locale, namespace)) {
          i18n.addResourceBundle(locale, namespace, await load[locale]());
        }
      }),
    ).then(() => undefined);
  loading.set(locale, pending);
  // A failed download (offline) may be tried again later.
  pending.catch(() => loading.delete(locale));
  return pending;
}
