// The reasons and labels of @tutti/geo (flat `access.reason.…` keys) as i18next trees.
import { de, en, fr, type Messages } from '@tutti/geo';
import type { TranslationTree } from '@/lib/i18n/translations';

/** `{ 'a.b': 'x' }` → `{ a: { b: 'x' } }`: i18next reads dots as nesting. */
function nest(messages: Messages, adapt: (text: string) => string = (text) => text) {
  const tree: TranslationTree = {};
  for (const [key, text] of Object.entries(messages)) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as TranslationTree;
    }
    node[parts.at(-1) as string] = adapt(text);
  }
  return tree;
}

/** French typography: a no-break space before the high punctuation. */
const frenchSpacing = (text: string) => text.replace(/ ([:;?!])/g, '\u00a0$1');

export const geoStrings = { fr: nest(fr, frenchSpacing), en: nest(en), de: nest(de) };
