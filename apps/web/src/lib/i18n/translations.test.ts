import { locales } from '@tutti/contracts';
import { describe, expect, test } from 'vitest';
import { translationNamespaces } from '@/app/i18n';
import type { Locale, TranslationTree } from './translations';

/** Every leaf as `path → text`. */
function leaves(tree: TranslationTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** `members_one`, `members_other` → `members`; other keys stay as they are. */
const withoutPlural = (key: string) => key.replace(pluralSuffix, '');

/** For each plural key, the forms a language gives: `members → [one, other]`. */
function pluralForms(keys: Iterable<string>) {
  const forms = new Map<string, string[]>();
  for (const key of keys) {
    const form = key.match(pluralSuffix)?.[1];
    if (form)
      forms.set(withoutPlural(key), [...(forms.get(withoutPlural(key)) ?? []), form].sort());
  }
  return forms;
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const loaded = await Promise.all(
  Object.entries(translationNamespaces()).map(async ([namespace, loaders]) => {
    const strings = {} as Record<Locale, Map<string, string>>;
    for (const locale of locales) strings[locale] = leaves(await loaders[locale]());
    return [namespace, strings] as const;
  }),
);

describe.each(loaded)('the %s strings', (_namespace, strings) => {
  const french = strings.fr;

  test.each(['en', 'de'] as const)('exist in %s for every French key, and no others', (locale) => {
    const keys = (language: Locale) => [
      ...new Set([...strings[language].keys()].map(withoutPlural)),
    ];
    expect(keys(locale).sort()).toEqual(keys('fr').sort());
  });

  // `_zero` is i18next's own optional form for a count of 0, in every language.
  test.each(locales)('give every plural form %s needs, and only those', (locale) => {
    const needed = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    const wrong = [...pluralForms(strings[locale].keys())]
      .map(([key, forms]) => [key, forms.filter((form) => form !== 'zero')] as const)
      .filter(([, forms]) => forms.join() !== needed.join());
    expect(wrong).toEqual([]);
  });

  // A number agrees through plural forms: never "jour(s)", "Tag(e)" or "minute(n)".
  test.each(locales)('never mark a plural by hand in %s', (locale) => {
    const marked = [...strings[locale]].filter(([, text]) => /\w\((?:s|e|n|es|x)\)/.test(text));
    expect(marked).toEqual([]);
  });

  test.each(locales)('are never empty in %s', (locale) => {
    const empty = [...strings[locale]].filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });

  test.each(['en', 'de'] as const)('use the same {{variables}} in %s as in French', (locale) => {
    const other = strings[locale];
    for (const [key, text] of french) {
      if (!other.has(key)) continue;
      expect(variables(other.get(key) ?? ''), key).toEqual(variables(text));
    }
  });
});
