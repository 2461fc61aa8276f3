// When a listing was last confirmed, and what follows: a re-confirmation e-mail from 6 months, off
// the public pages after 12. The e-mail's link holds a secret of which only the hash is kept.
import { createHash, randomBytes } from 'node:crypto';
import {
  CONFIRMATION_DUE_MONTHS,
  CONFIRMATION_HIDDEN_MONTHS,
  type ConfirmationState,
} from '@tutti/contracts';

/** `months` before `now` (calendar months, UTC). */
export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** The earliest confirmation a listing may have to be shown publicly `now`. */
export function visibleSince(now: Date): Date {
  return monthsBefore(now, CONFIRMATION_HIDDEN_MONTHS);
}

export function confirmationState(lastConfirmedAt: Date | null, now: Date): ConfirmationState {
  if (!lastConfirmedAt || lastConfirmedAt < visibleSince(now)) return 'hidden';
  return lastConfirmedAt < monthsBefore(now, CONFIRMATION_DUE_MONTHS) ? 'due' : 'current';
}

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

/** A new confirmation secret (32 random bytes, base64url) and the hash to store. */
export function newConfirmationToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const CONFIRM_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
