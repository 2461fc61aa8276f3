// Answers a read again from memory while nothing of the organisation has changed: the same
// person asking the same question under the same data version gets the same bytes, and a browser
// that already holds them gets 304 Not Modified.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestActor } from '../auth/request-auth';

/** `scope` is the organisation: all of its answers share one data version. */
type Entry = { scope: string; dataVersion: number; body: Buffer };

/**
 * Serialised answers, least recently used first, within a budget of bytes. Only answers of an
 * organisation's newest data version are kept: once one arrives, the older ones can never be
 * served again, so they go at once rather than waiting for the budget to push them out.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly computing = new Map<string, Promise<Buffer>>();
  /** Per organisation: the newest data version stored, and the keys holding it. */
  private readonly scopes = new Map<string, { dataVersion: number; keys: Set<string> }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get enabled() {
    return this.maxBytes > 0;
  }

  /** Bytes held, for tests and diagnostics. */
  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string, dataVersion: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.dataVersion !== dataVersion) {
      // An older answer is dead; a newer one serves the requests that read the newer version.
      if (entry.dataVersion < dataVersion) this.delete(key);
      return undefined;
    }
    // Used again: it moves to the end of the eviction order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * The cached bytes, or those `compute` makes: requests that miss together for the same key and
   * version wait for one computation instead of each running the queries.
   */
  async answer(
    scope: string,
    key: string,
    dataVersion: number,
    compute: () => Promise<Buffer>,
  ): Promise<Buffer> {
    const cached = this.get(key, dataVersion);
    if (cached) return cached.body;
    const flightKey = `${dataVersion} ${key}`;
    let flight = this.computing.get(flightKey);
    if (!flight) {
      flight = compute().finally(() => this.computing.delete(flightKey));
      this.computing.set(flightKey, flight);
      const body = await flight;
      if (this.enabled) this.set(key, { scope, dataVersion, body });
      return body;
    }
    return flight;
  }

  set(key: string, entry: Entry) {
    if (entry.body.length > this.maxBytes / 4) return;
    let scope = this.scopes.get(entry.scope);
    // Computed under a version that has moved on since: nobody will ask for it again.
    if (scope && entry.dataVersion < scope.dataVersion) return;
    if (!scope || entry.dataVersion > scope.dataVersion) {
      for (const old of scope?.keys ?? []) this.delete(old);
      scope = { dataVersion: entry.dataVersion, keys: new Set() };
      this.scopes.set(entry.scope, scope);
    }
    this.delete(key);
    this.entries.set(key, entry);
    scope.keys.add(key);
    this.bytes += entry.body.length;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
    // The organisation's newest version stays known, even with no answer left.
    this.scopes.get(entry.scope)?.keys.delete(key);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

export function registerResponseCache(app: FastifyInstance, maxBytes: number) {
  app.decorate('responseCache', new ResponseCache(maxBytes));
}

/**
 * Sends what `compute` answers, or the same bytes as last time when the organisation's data
 * version has not moved since. Only for reads whose answer depends on nothing but the
 * organisation's rows, the person, their role and the URL (dates in the query, not "today").
 */
export async function replyCached(
  request: FastifyRequest,
  reply: FastifyReply,
  actor: RequestActor,
  compute: () => Promise<unknown>,
): Promise<FastifyReply> {
  const key = `${actor.orgId} ${actor.userId} ${actor.role} ${request.url}`;
  // The version and who asks: another person's answer in the same browser is never "not modified".
  const etag = `"${actor.dataVersion}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;
  const validators = { etag, 'cache-control': 'private, no-cache' };
  const known = request.headers['if-none-match']?.split(',') ?? [];
  if (known.some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return reply.code(304).headers(validators).send();
  }
  // A refusal raised by `compute` leaves here without the validators: only answers carry them.
  const cache = request.server.responseCache;
  const body = await cache.answer(actor.orgId, key, actor.dataVersion, async () =>
    Buffer.from(reply.serialize(await compute()) as string),
  );
  return reply.headers(validators).type('application/json; charset=utf-8').send(body);
}
