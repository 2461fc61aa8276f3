import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { loadLanguage, registerNamespaces } from './resources';
import type { Locale, TranslationLoaders } from './translations';

/** Loaders that record which languages were asked for; `failing` ones reject once. */
function recordingLoaders(asked: string[], failing: Locale[] = []): TranslationLoaders {
  const load = (locale: Locale) => async () => {
    asked.push(locale);
    if (failing.includes(locale)) {
      failing.splice(failing.indexOf(locale), 1);
      throw new Error('offline');
    }
    return { hello: `hello in ${locale}` };
  };
  return { fr: load('fr'), en: load('en'), de: load('de') };
}

async function freshI18n() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'fr', fallbackLng: 'fr', ns: ['greetings'], defaultNS: 'greetings' });
  return i18n;
}

describe('loadLanguage', () => {
  test('downloads only the language asked for, once, however often it is asked', async () => {
    const asked: string[] = [];
    registerNamespaces({ greetings: recordingLoaders(asked) });
    const i18n = await freshI18n();

    await Promise.all([loadLanguage(i18n, 'de'), loadLanguage(i18n, 'de')]);
    await loadLanguage(i18n, 'de');

    expect(asked).toEqual(['de']);
    expect(i18n.getResource('de', 'greetings', 'hello')).toBe('hello in de');
    expect(i18n.hasResourceBundle('fr', 'greetings')).toBe(false);
  });

  test('tries again after a failed download', async () => {
    const asked: string[] = [];
    registerNamespaces({ greetings: recordingLoaders(asked, ['en']) });
    const i18n = await freshI18n();

    await expect(loadLanguage(i18n, 'en')).rejects.toThrow('offline');
    await loadLanguage(i18n, 'en');

    expect(asked).toEqual(['en', 'en']);
    expect(i18n.getResource('en', 'greetings', 'hello')).toBe('hello in en');
  });
});
