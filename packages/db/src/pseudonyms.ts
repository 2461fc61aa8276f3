// Pseudonyms of participants in surveys: random codes that say nothing about the person.
import { randomBytes } from 'node:crypto';

// No 0/O or 1/I: pseudonyms are read aloud and copied onto paper grids.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A fresh pseudonym such as `P-7KQ3M` (32⁵ ≈ 33 million codes; uniqueness per survey is checked
 * by the database).
 *
 * @example randomPseudonym() // "P-X4TQ9"
 */
export function randomPseudonym(bytes: Uint8Array = randomBytes(5)): string {
  return `P-${[...bytes.subarray(0, 5)].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}
