// One check for every route: text that PostgreSQL cannot store (NUL) or that is not valid
// Unicode (an unpaired surrogate, which JSON can carry) is refused with 400 naming the field,
// before any schema or query sees it.
import { Stream } from 'node:stream';
import type { FieldError } from '@tutti/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

const MAX_DEPTH = 32;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text, or null when it can be stored as is. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Contains a NUL character (U+0000), which text cannot hold';
  if (UNPAIRED_SURROGATE.test(text))
    return 'Contains an unpaired surrogate: the text is not valid Unicode (UTF-16)';
  return null;
}

/** Every field of a parsed body, query or path whose key or text has a problem. */
function textInputProblems(value: unknown, path: string, depth = 0): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ path, message: problem }] : [];
  }
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return [];
  // Raw uploads reach routes as streams (a real connection's holds the socket and the server).
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value) || value instanceof Stream) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const keyProblem = textProblem(key);
    const innerPath = `${path}.${keyProblem ? encodeURIComponent(key) : key}`;
    return keyProblem
      ? [{ path: innerPath, message: `Field name: ${keyProblem}` }]
      : textInputProblems(inner, innerPath, depth + 1);
  });
}

export function registerTextInputCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const fields = [
      ...textInputProblems(request.params, 'params'),
      ...textInputProblems(request.query, 'query'),
      ...textInputProblems(request.body, 'body'),
    ];
    if (fields.length === 0) return;
    const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    throw new AppError('REQUEST.VALIDATION', `Invalid request: ${summary}`, { fields });
  });
}
