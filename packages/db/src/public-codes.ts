// Short codes and secrets people read, copy or scan: characters without 0/o or 1/l/i, so that
// one read aloud or copied by hand survives.
import { randomInt } from 'node:crypto';

const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const CODE_LENGTH = 8;
/** 31²⁴ ≈ 6·10³⁵ values: a secret nobody guesses, with no signing key to guard. */
const SECRET_LENGTH = 24;

function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The short code of a published session's address (/p/<org>/e/<code>); about 8·10¹¹ codes. */
export function newPublicCode(): string {
  return randomCode(CODE_LENGTH);
}

/** A concert order's secret: its page's address and its QR code (ORDER_SECRET_PATTERN). */
export function newOrderSecret(): string {
  return randomCode(SECRET_LENGTH);
}
