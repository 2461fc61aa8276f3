// Structured logs: request id, method, route pattern, status and time; never bodies, tokens,
// e-mails, names or the values of a failed query.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';

/** Keys that hold personal data or secrets wherever they appear in a logged object. */
const PERSONAL_KEYS = [
  'email',
  'toAddress',
  'to',
  'displayName',
  'firstName',
  'lastName',
  'guardianName',
  'needs',
  'accessNeeds',
  'comment',
  'notes',
  'phone',
  'password',
  'passwordHash',
  'token',
  'params',
  'detail',
  'body',
];

const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  ...PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/** Error fields that name what failed without carrying any value. */
const SAFE_ERROR_FIELDS = [
  'code',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
  'statusCode',
];

/** The options of every logger of the server: Fastify's and the job queue's. */
export function logOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: {
      // The route pattern, not the URL: links carry tokens and the query may carry names.
      req: (request: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url ?? 'unmatched',
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: serializeError,
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
}

export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  return { ...logOptions(level), ...(stream ? { stream } : {}) };
}

/**
 * An error as the log may keep it: its type, codes, constraint, SQL text and stack frames.
 * A failed query's parameters, the database's `detail` ("Failing row contains (…)") and
 * values quoted in messages never reach the log.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  const source = error as Record<string, unknown> & { message?: unknown; stack?: unknown };
  const type = (error as object).constructor?.name ?? 'Error';
  const query = typeof source.query === 'string' ? scrubSql(source.query) : undefined;
  const message =
    query !== undefined
      ? `Failed query: ${query}`
      : scrubText(typeof source.message === 'string' ? source.message : '');
  const frames =
    typeof source.stack === 'string'
      ? source.stack
          .split('\n')
          .filter((line) => line.startsWith('    at '))
          .slice(0, 12)
      : [];
  const safe: Record<string, unknown> = { type, message };
  for (const field of SAFE_ERROR_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') safe[field] = value;
  }
  if (frames.length > 0) safe.stack = [`${type}: ${message}`, ...frames].join('\n');
  if (source.cause && depth < 3) safe.cause = serializeError(source.cause, depth + 1);
  return safe;
}

/** SQL text with its string literals blanked: values travel as parameters, never logged. */
function scrubSql(query: string) {
  return query.replace(/'(?:[^']|'')*'/g, "'…'").slice(0, 2000);
}

/** Values a database or library quotes in a message: `: "Jean"`, `Key (email)=(…)`, addresses. */
function scrubText(text: string) {
  return text
    .replace(/:\s*"(?:[^"\\]|\\.)*"/g, ': "…"')
    .replace(/=\([^)]*\)/g, '=(…)')
    .replace(/[^\s@"'<>(),;]+@[^\s@"'<>(),;]+/g, '…@…')
    .slice(0, 1000);
}

/** Files of the built web app: one line each at `debug`, so that a page load is not 30 lines. */
const STATIC_FILE = /^\/(assets\/|[^/?]+\.(?:js|css|png|svg|ico|webmanifest|woff2|txt)(?:\?|$))/;

/**
 * One line per request, when its answer is sent: the route, the status and the time. Fastify's
 * own two lines per request (incoming, completed) are switched off in `buildApp`.
 */
export function registerRequestLog(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    const level = request.method === 'GET' && STATIC_FILE.test(request.url) ? 'debug' : 'info';
    request.log[level](
      { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 },
      'request completed',
    );
  });
}
