// Turns every failure into the uniform body `{ error: { code, message, fields? } }`.

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorBody, ErrorCode, FieldError } from '@tutti/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send(body);
  });
}

/**
 * Unknown routes answer 404 in the error shape; with the web app, page paths (GET, not API, no
 * file extension) get its index.html instead, so that deep links work.
 */
export function registerNotFound(app: FastifyInstance, options: { serveWebApp: boolean }) {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi =
      path === '/api' || path.startsWith('/api/') || path === '/healthz' || path === '/readyz';
    if (options.serveWebApp && request.method === 'GET' && !isApi && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .code(404)
      .send(errorBody('REQUEST.NOT_FOUND', `No route ${request.method} ${path}`));
  });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers too large, malformed
 * HTTP) are answered in the same error body, then the connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify(
    tooLarge
      ? errorBody('REQUEST.HEADERS_TOO_LARGE', 'The request headers are too large')
      : errorBody('REQUEST.MALFORMED', 'The request is not valid HTTP'),
  );
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'x-content-type-options: nosniff',
      'connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

export function errorBody(
  code: ErrorCode,
  message: string,
  fields?: FieldError[],
  details?: Record<string, unknown>,
): ErrorBody {
  return {
    error: { code, message, ...(fields ? { fields } : {}), ...(details ? { details } : {}) },
  };
}

function toErrorResponse(error: FastifyError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: errorBody(error.code, error.message, error.fields, error.details),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const fields = error.validation.flatMap((v) => validationFields(context, v));
    const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    return {
      status: 400,
      body: errorBody('REQUEST.VALIDATION', `Invalid request: ${summary}`, fields),
    };
  }
  const code = error.code ?? '';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: errorBody('REQUEST.TOO_LARGE', 'The request body is too large') };
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return {
      status: 415,
      body: errorBody(
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        'Send JSON with Content-Type: application/json',
      ),
    };
  }
  if (code.startsWith('FST_ERR_CTP') || error instanceof SyntaxError) {
    return {
      status: 400,
      body: errorBody('REQUEST.INVALID_JSON', 'The request body is not valid JSON'),
    };
  }
  if (error.statusCode === 429) {
    return {
      status: 429,
      body: errorBody('REQUEST.RATE_LIMITED', 'Too many attempts; wait a minute'),
    };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: 400, body: errorBody('REQUEST.VALIDATION', error.message) };
  }
  return { status: 500, body: errorBody('SERVER.INTERNAL', 'Something went wrong on our side') };
}

/** One entry per offending field; unknown keys are named one by one. */
function validationFields(
  context: string,
  validation: {
    keyword: string;
    instancePath: string;
    message?: string;
    params?: Record<string, unknown>;
  },
): FieldError[] {
  const base = [context, ...validation.instancePath.split('/').filter(Boolean)].join('.');
  const keys = validation.params?.keys;
  if (validation.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
    return keys.map((key) => ({ path: `${base}.${String(key)}`, message: 'Unknown field' }));
  }
  return [{ path: base, message: validation.message ?? 'Invalid value' }];
}
