import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fileSlug, foldedLetters, foldText, nameSimilarity } from './text';

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

describe('nameSimilarity', () => {
  test('is 1 for names that fold alike, whatever the case, accents, ligatures and punctuation', () => {
    expect(nameSimilarity('Chœur des aînés', 'CHOEUR DES AINES')).toBe(1);
    expect(nameSimilarity('Paul-Langevin', 'paul langevin')).toBe(1);
  });

  test('ranks a name written differently above an unrelated one', () => {
    const written = 'CE1 Paul Langevin';
    const same = nameSimilarity(written, 'CE1 École Paul-Langevin');
    const other = nameSimilarity(written, 'Chœur des aînés');
    expect(same).toBeGreaterThan(0.6);
    expect(other).toBeLessThan(0.2);
    expect(nameSimilarity('Neverz', 'Nevers')).toBeGreaterThan(0.5);
  });

  test('is 0 with nothing in common or nothing to compare', () => {
    expect(nameSimilarity('abc', 'xyz')).toBe(0);
    expect(nameSimilarity('', 'Nevers')).toBe(0);
    expect(nameSimilarity(' - ', ' . ')).toBe(0);
  });

  test('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBe(nameSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});
