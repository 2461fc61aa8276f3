import { describe, expect, it } from 'vitest';
import { TRANSPORT_MODES } from '../modes';
import { de, en, fr } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{[^}]+\}\}/g)].map((m) => m[0]).sort();

describe('carbon strings', () => {
  const english = flatten(en);

  it.each([
    ['fr', fr],
    ['de', de],
  ])('%s has every English key with the same placeholders', (_, messages) => {
    const other = flatten(messages);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english)
      expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('names every transport mode', () => {
    for (const mode of TRANSPORT_MODES) expect(english.get(`carbon.mode.${mode}`)).toBeTruthy();
  });
});
