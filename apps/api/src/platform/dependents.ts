// Refusing to delete what others still refer to: counts by kind, and the foreign-key safety net.
import type { ErrorCode } from '@tutti/contracts';
import { AppError } from './errors';

export type Dependents = Record<string, number>;

/** Only the kinds that have at least one dependent. */
export function nonZero(dependents: Dependents): Dependents {
  return Object.fromEntries(Object.entries(dependents).filter(([, count]) => count > 0));
}

/**
 * The 409 for a delete that would leave references behind, listing them by kind
 * (`error.details.dependents`) and pointing to archiving.
 */
export function inUseError(
  code: ErrorCode & `${string}.IN_USE`,
  what: string,
  dependents: Dependents,
): AppError {
  const list = Object.entries(dependents)
    .map(([kind, count]) => `${count} ${count === 1 ? kind.replace(/s$/, '') : kind}`)
    .join(', ');
  return new AppError(
    code,
    `This ${what} is used by ${list || 'other records'}; archive it instead`,
    {
      details: { dependents },
    },
  );
}

/** A reference added by someone else between the check and the delete (PostgreSQL 23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}
