import { describe, expect, test } from 'vitest';
import { featureModules } from '@/app/features';
import { commonTranslations } from './common';
import type { TranslationTree } from './translations';

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

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const namespaces = [
  ['common', commonTranslations],
  ...featureModules.map((module) => [module.id, module.translations] as const),
] as const;

describe.each(namespaces)('the %s strings', (_namespace, translations) => {
  const french = leaves(translations.fr);

  test.each(['en', 'de'] as const)('exist in %s for every French key, and no others', (locale) => {
    expect([...leaves(translations[locale]).keys()].sort()).toEqual([...french.keys()].sort());
  });

  test.each(['fr', 'en', 'de'] as const)('are never empty in %s', (locale) => {
    const empty = [...leaves(translations[locale])].filter(([, text]) => !text.trim());
    expect(empty).toEqual([]);
  });

  test.each(['en', 'de'] as const)('use the same {{variables}} in %s as in French', (locale) => {
    const other = leaves(translations[locale]);
    for (const [key, text] of french) {
      expect(variables(other.get(key) ?? ''), key).toEqual(variables(text));
    }
  });
});
