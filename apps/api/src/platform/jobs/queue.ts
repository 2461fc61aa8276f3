// Durable background jobs on the database (pg-boss), on PostgreSQL and on the embedded PGlite alike.
import type { TuttiDatabase } from '@tutti/db';
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export type JobInfo<Output = unknown> = { id: string; state: JobState; output: Output | null };

export type JobQueue = {
  /**
   * Queues a job; with a singleton key, a second identical job is not queued while one waits.
   * Jobs of one name run by `priority` (higher first; 0 by default), then in the order queued:
   * work nobody waits for, such as processing the demo's files, goes below 0.
   */
  send<Data extends object>(
    name: string,
    data: Data,
    options?: { singletonKey?: string; retryLimit?: number; priority?: number },
  ): Promise<string | null>;
  /**
   * Runs `handler` for every job of `name` in this process (none in an API-only process); a
   * throw marks the job failed (retried if allowed).
   */
  work<Data extends object>(
    name: string,
    handler: (data: Data, jobId: string) => Promise<unknown>,
  ): Promise<void>;
  /** A recurring job (cron syntax, server time zone). */
  schedule(name: string, cron: string): Promise<void>;
  /** Removes the recurring job of `name`, if any. */
  unschedule(name: string): Promise<void>;
  getJob<Output>(name: string, id: string): Promise<JobInfo<Output> | null>;
  stop(): Promise<void>;
};

/**
 * How long one attempt of a job may stay active, by default: pg-boss's own default. A job
 * running longer is failed (and retried) while it still runs, so this must exceed the longest
 * job (a backup of a large database, a 100 MB official file read and written, a 300 s tour
 * planning run); it is also how long a job whose worker was killed waits before it is retried.
 * pg-boss 10 has no heartbeat that would let a live job outlast a short expiry.
 */
export const JOB_EXPIRY_DEFAULT_SECONDS = 900;

/**
 * How often a process that runs jobs looks for jobs whose expiry has passed (once across all
 * processes per interval): a third of the expiry, at most pg-boss's 5 minutes, so a crashed
 * job is retried within `expirySeconds * 4 / 3`.
 */
function maintenanceIntervalSeconds(expirySeconds: number) {
  return Math.min(300, Math.max(1, Math.round(expirySeconds / 3)));
}

/**
 * Starts the queue. Jobs live in the `jobs` schema of the same database, so they survive a
 * restart and any number of server processes share them.
 *
 * @example const jobs = await startJobQueue({ database, log }); await jobs.send('report.build', { reportId })
 */
export async function startJobQueue(options: {
  database: TuttiDatabase;
  log: FastifyBaseLogger;
  pollingIntervalSeconds?: number;
  /**
   * False in an API-only process: it queues jobs and records schedules, but runs no job, no
   * schedule and no queue maintenance (the workers do).
   */
  runsJobs?: boolean;
  /**
   * How long one attempt may stay active before it is taken back and retried
   * (`TUTTI_JOB_EXPIRY_SECONDS`). A job keeps the expiry of the process that queued it: give
   * every process the same.
   */
  expirySeconds?: number;
}): Promise<JobQueue> {
  const runsJobs = options.runsJobs ?? true;
  const expirySeconds = options.expirySeconds ?? JOB_EXPIRY_DEFAULT_SECONDS;
  const boss = new PgBoss({
    db: {
      executeSql: (text: string, values?: unknown[]) => options.database.executeSql(text, values),
    },
    schema: 'jobs',
    // The embedded database is one connection: keep housekeeping light.
    monitorStateIntervalSeconds: 60,
    maintenanceIntervalSeconds: maintenanceIntervalSeconds(expirySeconds),
    // Every job this process queues, scheduled ones included (pg-boss sends those itself).
    expireInSeconds: expirySeconds,
    supervise: runsJobs,
    schedule: runsJobs,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => options.log.error({ err: error }, 'job queue error'));
  await boss.start();
  const knownQueues = new Set<string>();

  async function ensureQueue(name: string) {
    if (knownQueues.has(name)) return;
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
    knownQueues.add(name);
  }

  return {
    async send(name, data, sendOptions = {}) {
      await ensureQueue(name);
      return boss.send(name, data, {
        retryLimit: sendOptions.retryLimit ?? 2,
        retryBackoff: true,
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.priority ? { priority: sendOptions.priority } : {}),
      });
    },
    async work(name, handler) {
      await ensureQueue(name);
      if (!runsJobs) return;
      // pg-boss waits its polling interval after every fetch, even one that found a job: a
      // backlog (the demo's 130 files on a fresh start) would take two seconds a job. Once a job
      // is done the worker is woken, so it looks for the next one at once; it waits only when
      // the queue is empty.
      let workerId: string | undefined;
      workerId = await boss.work(
        name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async ([job]) => {
          if (!job) return null;
          try {
            return await handler(job.data as never, job.id);
          } finally {
            if (workerId) boss.notifyWorker(workerId);
          }
        },
      );
    },
    async schedule(name, cron) {
      await ensureQueue(name);
      await boss.schedule(name, cron);
    },
    async unschedule(name) {
      await ensureQueue(name);
      await boss.unschedule(name);
    },
    async getJob(name, id) {
      const job = await boss.getJobById(name, id);
      if (!job) return null;
      return { id: job.id, state: job.state as JobState, output: (job.output ?? null) as never };
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
