// The rate limits' counters in the database (a store of @fastify/rate-limit), so that every server
// process of a deployment counts against one limit: N processes must not allow N times the
// sign-in attempts. One upsert per attempt; the key is hashed (it names an address or an e-mail);
// counters past their window are swept now and then.
import { createHash } from 'node:crypto';
import type { TuttiDatabase } from '@tutti/db';

type Counter = { current: number; ttl: number };
type Callback = (error: Error | null, counter?: Counter) => void;

const SWEEP_EVERY_MS = 10 * 60_000;

// A new window starts at 1 when the last one is over; `now()` is the statement's own instant.
const INCREMENT = `
  insert into rate_limit_counters as c (key, count, expires_at)
  values ($1, 1, now() + make_interval(secs => $2::double precision / 1000))
  on conflict (key) do update set
    count = case when c.expires_at <= now() then 1 else c.count + 1 end,
    expires_at = case when c.expires_at <= now() then excluded.expires_at else c.expires_at end
  returning count, ceil(extract(epoch from (expires_at - now())) * 1000)::int as ttl`;

/** The store class @fastify/rate-limit instantiates (`store` option), bound to `database`. */
export function databaseRateLimitStore(database: TuttiDatabase) {
  let lastSweep = Date.now();

  async function increment(key: string, windowMs: number): Promise<Counter> {
    if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = Date.now();
      await database.executeSql('delete from rate_limit_counters where expires_at < now()');
    }
    const hashed = createHash('sha256').update(key).digest('hex');
    const { rows } = await database.executeSql(INCREMENT, [hashed, windowMs]);
    const row = rows[0] as { count: number; ttl: number };
    return { current: Number(row.count), ttl: Math.max(0, Number(row.ttl)) };
  }

  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      increment(key, timeWindow).then(
        (counter) => callback(null, counter),
        (error: Error) => callback(error),
      );
    }

    child() {
      return new DatabaseRateLimitStore();
    }
  };
}
