// Which language to show: the account's choice, else the browser's last choice, else French.
import { type Locale, locales } from '@tutti/contracts';
import type { i18n as I18n } from 'i18next';
import { loadLanguage } from './resources';

const STORAGE_KEY = 'tutti.locale';
export const defaultLocale: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readStoredLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts until the page is closed.
  }
}

/** The language for a visitor who is not signed in. */
export function initialLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}

/** Remembers `locale` in this browser and shows it as soon as its strings are downloaded. */
export async function applyLocale(i18n: I18n, locale: Locale) {
  storeLocale(locale);
  if (i18n.language === locale) return;
  await loadLanguage(i18n, locale);
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function currentLocale(i18n: I18n): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}
