// The one error type of the API and the mapping of every failure to the uniform error body.
import { type ErrorCode, errorStatuses, type FieldError } from '@tutti/contracts';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldError[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = errorStatuses[code];
    this.fields = options.fields;
    this.details = options.details;
  }
}

/** The answer for anything that is absent or belongs to another organisation: never 403. */
export function notFound(code: ErrorCode & `${string}.NOT_FOUND`, what: string): AppError {
  return new AppError(code, `${what} not found`);
}
