// Starts i18next with every feature's strings, merged by namespace, before the first render.
import { type Locale, locales } from '@tutti/contracts';
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, initialLocale } from './locale';
import type { Translations } from './translations';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
  }
}

/** `namespaces` maps a namespace (a feature's id) to its strings in the three languages. */
export function initI18n(namespaces: Record<string, Translations>) {
  const resources: Resource = {};
  for (const locale of locales) {
    resources[locale] = Object.fromEntries(
      Object.entries(namespaces).map(([namespace, strings]) => [namespace, strings[locale]]),
    );
  }
  const lng: Locale = initialLocale();
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}
