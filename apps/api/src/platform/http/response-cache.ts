// Answers a read again from memory while nothing it was made of has changed: the same person
// asking the same question gets the same bytes while the data versions of the tables (and the
// artists' days) the answer read have not moved, and a browser that holds them gets 304.
import { createHash } from 'node:crypto';
import type { TuttiDatabase } from '@tutti/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hintKey, type OrgActor, type RequestActor } from '../auth/request-auth';
import {
  type ArtistDays,
  type Dependencies,
  recordDependencies,
  scanCounts,
  stampOf,
  VersionedTables,
} from './answer-dependencies';

/** A serialised answer with what it was made of and the stamp of their versions then. */
export type CachedAnswer = { dependencies: Dependencies; stamp: string; body: Buffer };

/**
 * Serialised answers, least recently used first, within a budget of bytes. An answer is served
 * again only once `currentStamp` has read its dependencies' versions anew and found them
 * unchanged; otherwise it is computed again.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly computing = new Map<string, Promise<CachedAnswer>>();
  /** Which stored answer a login's read of a URL was (hintKey → key), newest last. */
  private readonly hints = new Map<string, string>();
  private bytes = 0;
  /** Answers served from memory and answers computed, for tests and the benchmark. */
  readonly counts = { hits: 0, misses: 0 };
  /** The tables whose scans a computed answer notes, read from the catalog once. */
  readonly versionedTables = new VersionedTables();

  constructor(private readonly maxBytes: number) {}

  get enabled() {
    return this.maxBytes > 0;
  }

  /** Bytes held, for tests and diagnostics. */
  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * The stored answer when it is still current, else the one `compute` makes. Requests that miss
   * together wait for one computation, then check its stamp as they would a stored answer's: a
   * computation that began before their own request's data changed is not served to them.
   */
  async answer(
    key: string,
    currentStamp: (dependencies: Dependencies) => Promise<string>,
    compute: () => Promise<CachedAnswer>,
  ): Promise<CachedAnswer> {
    const stored = this.entries.get(key);
    if (stored && (await currentStamp(stored.dependencies)) === stored.stamp) {
      // Used again: it moves to the end of the eviction order (unless evicted meanwhile).
      if (this.entries.get(key) === stored) {
        this.entries.delete(key);
        this.entries.set(key, stored);
      }
      this.counts.hits += 1;
      return stored;
    }
    const flight = this.computing.get(key);
    if (flight) {
      const shared = await flight.catch(() => null);
      if (shared && (await currentStamp(shared.dependencies)) === shared.stamp) {
        this.counts.hits += 1;
        return shared;
      }
    }
    const own = compute();
    if (!this.computing.has(key)) {
      this.computing.set(key, own);
      const forget = () => {
        if (this.computing.get(key) === own) this.computing.delete(key);
      };
      own.then(forget, forget);
    }
    const fresh = await own;
    this.counts.misses += 1;
    if (this.enabled) this.set(key, fresh);
    return fresh;
  }

  /**
   * The key and dependencies of the answer a login last read at a URL, while it is stored: the
   * login lookup then reads the stamp of those versions in the same statement.
   */
  storedFor(hint: string): { key: string; dependencies: Dependencies } | undefined {
    const key = this.hints.get(hint);
    const stored = key === undefined ? undefined : this.entries.get(key);
    return stored && key !== undefined ? { key, dependencies: stored.dependencies } : undefined;
  }

  /** Notes which answer `hint` (a login's read of a URL) was, for `storedFor`. */
  remember(hint: string, key: string) {
    if (!this.enabled || this.hints.get(hint) === key) return;
    this.hints.delete(hint);
    this.hints.set(hint, key);
    // Bounded by the answers held: the oldest hints go first (a hint whose answer is gone
    // finds nothing anyway).
    for (const oldest of this.hints.keys()) {
      if (this.hints.size <= 4 * this.entries.size + 100) break;
      this.hints.delete(oldest);
    }
  }

  set(key: string, answer: CachedAnswer) {
    this.delete(key);
    if (answer.body.length > this.maxBytes / 4) return;
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
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
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

export function registerResponseCache(
  app: FastifyInstance,
  database: TuttiDatabase,
  maxBytes: number,
) {
  app.decorate('responseCache', new ResponseCache(maxBytes));
  app.decorate('cacheDatabase', database);
}

declare module 'fastify' {
  interface FastifyInstance {
    cacheDatabase: TuttiDatabase;
  }
}

/**
 * Sends what `compute` answers, or the same bytes as last time when nothing it read has changed
 * since. Only for reads whose answer depends on nothing but the organisation's rows, the person,
 * their role and the URL (dates in the query, not "today"). `compute` reaches the data through
 * the actor it is given, in one transaction (repeatable read) ended by noting what it read.
 * `artistDays`: the answer reads sessions only of these artists and days (an artist's day or
 * calendar), so that a change to another artist's sessions leaves it current.
 */
export async function replyCached(
  request: FastifyRequest,
  reply: FastifyReply,
  actor: RequestActor,
  compute: (actor: OrgActor) => Promise<unknown>,
  options: { artistDays?: ArtistDays } = {},
): Promise<FastifyReply> {
  const key = `${actor.orgId} ${actor.userId} ${actor.role} ${request.url}`;
  const { responseCache: cache, cacheDatabase: database } = request.server;
  // Read with the login when this login read this answer before (request-auth.ts).
  const known = request.answerStamp;
  const answer = await cache.answer(
    key,
    (dependencies) =>
      known && known.key === key && known.dependencies === dependencies
        ? Promise.resolve(known.stamp)
        : stampOf(database.db, actor.orgId, dependencies),
    async () => {
      let recorded: Awaited<ReturnType<typeof recordDependencies>> | undefined;
      const recording: OrgActor = {
        ...actor,
        inTenant: (work, tenantOptions) =>
          actor.inTenant(
            async (tx) => {
              if (recorded)
                throw new Error(`${request.url}: a cached answer reads in one transaction`);
              const tables = await cache.versionedTables.of(tx);
              const before = await scanCounts(tx, tables);
              const result = await work(tx);
              recorded = await recordDependencies(tx, actor, options.artistDays, before, tables);
              return result;
            },
            { ...tenantOptions, isolation: 'repeatable read' },
          ),
      };
      const value = await compute(recording);
      if (!recorded) throw new Error(`${request.url}: a cached answer reads in one transaction`);
      return { ...recorded, body: Buffer.from(reply.serialize(value) as string) };
    },
  );
  const login = request.login;
  if (login) cache.remember(hintKey(actor.orgId, login.tokenHash, request.url), key);
  // The versions and who asks: another person's answer in the same browser is never "not modified".
  const etag = `"${answer.stamp.slice(0, 16)}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;
  const validators = { etag, 'cache-control': 'private, no-cache' };
  const sent = request.headers['if-none-match']?.split(',') ?? [];
  if (sent.some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return reply.code(304).headers(validators).send();
  }
  // A refusal raised by `compute` leaves here without the validators: only answers carry them.
  return reply.headers(validators).type('application/json; charset=utf-8').send(answer.body);
}
