import { describe, expect, it } from 'vitest';
import { longSentences } from './easy-read';

describe('longSentences', () => {
  it('finds the sentences over the limit, a line or a full stop ending each', () => {
    const long =
      'Les enfants de la classe apprennent avec l’artiste des chansons qu’ils chanteront ensemble au concert de juin.';
    expect(longSentences(`Votre enfant chante. ${long}\nC’est gratuit !`)).toEqual([long]);
    expect(longSentences('Un deux trois quatre', 3)).toEqual(['Un deux trois quatre']);
    expect(longSentences('Un deux trois.\nQuatre cinq six.', 3)).toEqual([]);
    expect(longSentences('')).toEqual([]);
  });
});
