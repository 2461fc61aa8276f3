// The few scripts a private page may carry (a journey space's offline pack, an applicant's
// recordings): plain files in the API's sources (no build step), read once whether the server
// runs from its sources or from its bundle, and served from Tutti's own origin with an ETag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type PageScript = { text: string; etag: string };

const apiRoot = join(createRequire(import.meta.url).resolve('@tutti/api/package.json'), '..');
const read = new Map<string, PageScript>();

/**
 * A script's text and ETag, from its path inside apps/api.
 *
 * @example pageScript('src/modules/calls/applicant/apply.js')
 */
export function pageScript(path: string): PageScript {
  let script = read.get(path);
  if (!script) {
    const text = readFileSync(join(apiRoot, path), 'utf8');
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
    script = { text, etag };
    read.set(path, script);
  }
  return script;
}

/** Answers with the script, or 304 when the browser holds this version; checked at each use. */
export function sendPageScript(
  request: FastifyRequest,
  reply: FastifyReply,
  script: PageScript,
  headers: Record<string, string> = {},
) {
  reply.headers({
    'cache-control': 'no-cache',
    etag: script.etag,
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  if (request.headers['if-none-match'] === script.etag) return reply.code(304).send();
  return reply.type('text/javascript; charset=utf-8').send(script.text);
}
