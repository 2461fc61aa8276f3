// The short code of a published session's address (/p/<org>/e/<code>): 8 characters without
// 0/o or 1/l/i, so that a code read aloud or copied by hand survives; about 8·10¹¹ codes.
import { randomInt } from 'node:crypto';

const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const CODE_LENGTH = 8;

export function newPublicCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
