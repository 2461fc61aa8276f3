import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wavTone } from '../../testing/media-samples';
import {
  createUpload,
  processed,
  sendBytes,
  uploadMedia,
  uploadOffset,
} from '../../testing/media-uploads';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { stagedUploadPath, stagingDir } from './media-staging';
import { sweepAbandonedUploads } from './media-sweep';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const usedBytes = async () =>
  ((await org.members.admin.get(`/api/orgs/${org.id}/media/usage`)).body as { usedBytes: number })
    .usedBytes;

describe('sweep of abandoned uploads', () => {
  it('removes an upload not completed within 24 hours, its staged bytes and its quota reservation, and keeps finished files', async () => {
    const coordinator = org.members.coordinator;
    const bytes = wavTone({ seconds: 2 });
    const created = await createUpload(coordinator, org.id, bytes.length, {
      use: 'recording',
      filename: 'moitié.wav',
    });
    const location = String(created.headers.location);
    const mediaId = location.split('/').pop()!;
    await sendBytes(coordinator, location, bytes.subarray(0, 10_000), 0);
    expect(await uploadOffset(coordinator, location)).toBe(10_000);
    const finished = await uploadMedia(coordinator, org.id, wavTone(), {
      use: 'recording',
      filename: 'entier.wav',
    });
    const ready = await processed(coordinator, org.id, finished);
    expect(ready.status).toBe('ready');
    const usedWithUpload = await usedBytes();
    expect(usedWithUpload).toBe(ready.sizeBytes + bytes.length);
    const started = Date.now();

    // 23 hours later the upload may still resume.
    expect(
      await sweepAbandonedUploads({
        database: t.database,
        config: t.config,
        now: new Date(started + 23 * HOUR),
      }),
    ).toEqual({ uploads: 0, freedBytes: 0, strayFiles: 0 });
    expect(await uploadOffset(coordinator, location)).toBe(10_000);

    // 25 hours later it is abandoned: row, staged bytes and tus metadata go, the quota returns.
    expect(
      await sweepAbandonedUploads({
        database: t.database,
        config: t.config,
        now: new Date(started + 25 * HOUR),
      }),
    ).toEqual({ uploads: 1, freedBytes: bytes.length, strayFiles: 0 });
    expect(existsSync(stagedUploadPath(t.config, mediaId))).toBe(false);
    expect(existsSync(`${stagedUploadPath(t.config, mediaId)}.json`)).toBe(false);
    expect(
      (await coordinator.request('HEAD', location, undefined, { 'tus-resumable': '1.0.0' })).status,
    ).toBe(404);
    expect((await coordinator.get(`/api/orgs/${org.id}/media/${mediaId}`)).status).toBe(404);
    expect(await usedBytes()).toBe(ready.sizeBytes);
    // The published file is untouched and still plays.
    const content = await coordinator.get(`/api/orgs/${org.id}/media/${finished}/content`);
    expect(content.status).toBe(200);
  });

  it('removes staged files that no unfinished upload owns, and half-written renditions, once they are a day old', async () => {
    mkdirSync(stagingDir(t.config), { recursive: true });
    const partial = join(t.config.filesDir, '.partial', randomUUID());
    mkdirSync(dirname(partial), { recursive: true });
    writeFileSync(partial, 'half a rendition');
    const stray = randomUUID();
    writeFileSync(stagedUploadPath(t.config, stray), 'left by a crash');
    writeFileSync(`${stagedUploadPath(t.config, stray)}.json`, '{}');
    const sweep = (hours: number) =>
      sweepAbandonedUploads({
        database: t.database,
        config: t.config,
        now: new Date(Date.now() + hours * HOUR),
      });
    expect((await sweep(1)).strayFiles).toBe(0);
    expect(existsSync(stagedUploadPath(t.config, stray))).toBe(true);
    expect(existsSync(partial)).toBe(true);
    expect((await sweep(25)).strayFiles).toBe(2);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(stagedUploadPath(t.config, stray))).toBe(false);
    expect(existsSync(`${stagedUploadPath(t.config, stray)}.json`)).toBe(false);
  });
});
