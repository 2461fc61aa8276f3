import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { JobQueue } from './queue';

let t: TestApp;
let jobs: JobQueue;
beforeAll(async () => {
  t = await startTestApp();
  jobs = t.jobs;
});
afterAll(() => t.close());

function waitForState(name: string, id: string, state: string) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const check = async () => {
      const job = await jobs.getJob(name, id);
      if (job?.state === state) return resolve();
      if (Date.now() - started > 20_000) return reject(new Error(`job ${id} stayed ${job?.state}`));
      setTimeout(check, 100);
    };
    void check();
  });
}

describe('job queue', () => {
  it('runs a queued job once and keeps its output', async () => {
    const seen: number[] = [];
    await jobs.work<{ n: number }>('test.double', async ({ n }) => {
      seen.push(n);
      return { doubled: n * 2 };
    });
    const id = await jobs.send('test.double', { n: 21 });
    await waitForState('test.double', id!, 'completed');
    expect(seen).toEqual([21]);
    expect((await jobs.getJob<{ doubled: number }>('test.double', id!))?.output).toEqual({
      doubled: 42,
    });
  });

  it('marks a job failed when its handler throws and retries are exhausted', async () => {
    await jobs.work('test.fail', async () => {
      throw new Error('boom');
    });
    const id = await jobs.send('test.fail', {}, { retryLimit: 0 });
    await waitForState('test.fail', id!, 'failed');
  });

  it('runs a job of higher priority before those queued earlier below it', async () => {
    const order: string[] = [];
    const sent = [
      await jobs.send('test.order', { label: 'demo 1' }, { priority: -10 }),
      await jobs.send('test.order', { label: 'demo 2' }, { priority: -10 }),
      await jobs.send('test.order', { label: 'upload' }),
    ];
    // The worker starts once all three wait: it takes the upload first, then the demo's in order.
    await jobs.work<{ label: string }>('test.order', async ({ label }) => {
      order.push(label);
    });
    for (const id of sent) await waitForState('test.order', id!, 'completed');
    expect(order).toEqual(['upload', 'demo 1', 'demo 2']);
  });
});
