// Starts i18next in the visitor's language with only that language's strings, before the first render.
import { locales } from '@tutti/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, initialLocale } from './locale';
import { loadLanguage, namespaceNames, registerNamespaces } from './resources';
import type { TranslationLoaders } from './translations';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
  }
}

/**
 * `namespaces` maps a namespace (`common`, a feature's id) to its strings' loaders. Resolves once
 * the strings are there, so that the first paint never shows a key.
 */
export async function initI18n(namespaces: Record<string, TranslationLoaders>) {
  registerNamespaces(namespaces);
  const lng = initialLocale();
  await i18next.use(initReactI18next).init({
    lng,
    // Only a key missing at run time would need French, and the types forbid that: French is
    // not downloaded for it.
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    ns: namespaceNames(),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  await loadLanguage(i18next, lng);
  document.documentElement.lang = lng;
  return i18next;
}
