import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fileSlug, foldedLetters, foldText } from './text';

describe('foldText', () => {
  test('spells out ligatures and ß, and drops accents and case', () => {
    expect(foldText('Chœur')).toBe('choeur');
    expect(foldText('ŒUVRE')).toBe('oeuvre');
    expect(foldText('Lætitia')).toBe('laetitia');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Noël à Château-Chinon')).toBe('noel a chateau-chinon');
    expect(foldText('Łódź')).toBe('lodz');
  });

  test('is idempotent and leaves no upper case nor combining mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(/\p{M}/u.test(folded)).toBe(false);
        expect(folded).toBe(folded.toLowerCase());
      }),
    );
  });
});

describe('foldedLetters', () => {
  test('maps both cases of accented letters and ligatures as foldText does', () => {
    const letters = foldedLetters();
    expect(letters.get('É')).toBe('e');
    expect(letters.get('é')).toBe('e');
    expect(letters.get('Œ')).toBe('oe');
    expect(letters.get('ß')).toBe('ss');
    expect(letters.has('×')).toBe(false);
    for (const [letter, folded] of letters) expect(foldText(letter)).toBe(folded);
  });
});

describe('fileSlug', () => {
  test('keeps folded letters and digits with dashes between words', () => {
    expect(fileSlug('Chœur de Noël — 2027', 'export')).toBe('choeur-de-noel-2027');
    expect(fileSlug(' «» ', 'export')).toBe('export');
    expect(fileSlug(`${'a'.repeat(59)} b`, 'x')).toBe('a'.repeat(59));
  });
});
