// Talks to the Tutti API: same-origin cookies, the CSRF header on writes, errors as ApiError.
import type { ErrorCode, FieldError } from '@tutti/contracts';

/** Codes the web app raises itself, next to the API's own. */
export type ClientErrorCode = 'CLIENT.NETWORK' | 'CLIENT.UNKNOWN';
export type AnyErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Facts behind the error, e.g. `{ dependents: { sessions: 3 } }` on a 409. */
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// The login cookie is httpOnly; the CSRF token comes with every Me the API returns.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type ErrorBodyShape = {
  error: {
    code: string;
    message: string;
    fields?: FieldError[];
    details?: Record<string, unknown>;
  };
};

function isErrorBody(value: unknown): value is ErrorBodyShape {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

async function send<T>(
  method: Method,
  path: string,
  body: BodyInit | null,
  contentType: string | null,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'CLIENT.NETWORK', `Could not reach ${path}`);
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(data)) {
      const { code, message, fields, details } = data.error;
      throw new ApiError(response.status, code, message, fields ?? [], details ?? {});
    }
    throw new ApiError(response.status, 'CLIENT.UNKNOWN', `${method} ${path}: ${response.status}`);
  }
  return data as T;
}

export function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return body === undefined
    ? send<T>(method, path, null, null)
    : send<T>(method, path, JSON.stringify(body), 'application/json');
}

/** Sends a file as the raw request body with its own type (document uploads). */
export function apiUpload<T>(path: string, file: Blob, method: Method = 'PUT'): Promise<T> {
  return send<T>(method, path, file, file.type || 'application/octet-stream');
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body),
  delete: (path: string) => apiRequest<void>('DELETE', path),
};

export function isApiError(error: unknown, code?: AnyErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
