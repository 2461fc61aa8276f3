// Talks to the Tutti API through a client typed from its OpenAPI document (@tutti/api-types):
// same-origin cookies, the CSRF header on writes, errors as ApiError.
import type { paths } from '@tutti/api-types';
import type { ErrorCode, FieldError } from '@tutti/contracts';
import createClient from 'openapi-fetch';
import { reportNetworkFailure, reportServerReached } from './offline/connectivity';

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

// The login cookie is httpOnly; the CSRF token comes with every Me the API returns.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The CSRF header for writes sent outside `apiClient` (resumable uploads through tus-js-client). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
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

/** Query values left empty are not sent, as if the filter were not set. */
function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of [value].flat()) {
      if (item !== undefined && item !== null && item !== '') params.append(name, String(item));
    }
  }
  return params.toString();
}

/**
 * The typed client: paths, parameters, bodies and answers come from the API's document, so a
 * renamed route or field fails the type check instead of a request. Use it through `unwrap`.
 */
export const apiClient = createClient<paths>({
  // Relative to the page in the browser; an origin is needed where there is no page (tests).
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: serializeQuery,
  // Read at each call, so that tests (and the offline layer) can replace it.
  fetch: (request) => globalThis.fetch(request),
});

/** When each request left, for its answer to tell whether the server was reached since. */
const sentAt = new WeakMap<Request, number>();

apiClient.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    sentAt.set(request, Date.now());
    return request;
  },
  // Every call tells whether the server can be reached (the offline bar follows it). An answer
  // the service worker kept on the device says nothing about the network.
  onResponse({ request, response }) {
    if (response.headers.get('x-tutti-source') !== 'device')
      reportServerReached(sentAt.get(request) ?? Date.now());
    return response;
  },
  onError() {
    reportNetworkFailure();
  },
});

type Answer<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits a call of `apiClient` and returns its data, or throws an ApiError: the API's error
 * body when there is one, `CLIENT.NETWORK` when the server cannot be reached.
 *
 * @example const venue = await unwrap(apiClient.GET('/api/orgs/{orgId}/venues/{venueId}', { params: { path: { orgId, venueId } } }))
 */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(0, 'CLIENT.NETWORK', 'Could not reach the server');
  }
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  if (isErrorBody(error)) {
    const { code, message, fields, details } = error.error;
    throw new ApiError(response.status, code, message, fields ?? [], details ?? {});
  }
  throw new ApiError(response.status, 'CLIENT.UNKNOWN', `${response.url}: ${response.status}`);
}

/**
 * The options that send a file as the raw request body with its own type (document and import
 * uploads, which the API reads as a stream and does not describe as JSON).
 */
export function fileBody(file: Blob) {
  return {
    body: file as never,
    bodySerializer: () => file,
    headers: { 'content-type': file.type || 'application/octet-stream' },
  };
}

export function isApiError(error: unknown, code?: AnyErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
