// kill -9 during processing: a child process processes an upload on the test's PostgreSQL
// database and is killed with SIGKILL at a chosen point; the file is then either wholly published
// or still `processing` and unseen by readers, and the job's retry publishes it whole. A child
// process needs a database server it can reach: on the embedded database (one process) the test
// is skipped; CI runs it on PostgreSQL.
import { type ChildProcess, fork } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MediaList } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fileStorageFor, storageKey } from '../../platform/storage';
import { withDatabase } from '../../testing/global-setup';
import { wavTone } from '../../testing/media-samples';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { hasFfmpeg } from './ffmpeg';
import { processMedia } from './media-processing';
import { stagedUploadPath, stagingDir } from './media-staging';

const templateUrl = inject('databaseTemplateUrl');
let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator', 'artist']);
});
afterAll(() => t?.close());

async function stagedRecording() {
  const id = randomUUID();
  const bytes = wavTone({ seconds: 90 });
  mkdirSync(stagingDir(t.config), { recursive: true });
  writeFileSync(stagedUploadPath(t.config, id), bytes);
  await t.database.db.insert(schema.files).values({
    id,
    orgId: org.id,
    fileName: 'concert.wav',
    mediaType: 'application/octet-stream',
    sizeBytes: bytes.length,
    sha256: '',
    storageKey: storageKey(org.id, id),
    use: 'recording',
    status: 'processing',
    progress: 0,
    storedBytes: bytes.length,
  });
  return id;
}

/**
 * Anything under the storage root but the staging folder: a rendition being written (local
 * storage spools to `.partial` and renames into place, so a key never holds half a file) or
 * written and not yet published.
 */
function storageTouched() {
  const partial = join(t.config.filesDir, '.partial');
  return (
    (existsSync(partial) && readdirSync(partial).length > 0) ||
    existsSync(join(t.config.filesDir, org.id))
  );
}

/** Runs the processing in a child process and kills it with SIGKILL at `point`. */
async function killDuring(mediaId: string, point: 'ffmpeg' | 'storing') {
  const { rows } = await t.database.executeSql('select current_database() as name');
  const name = String(rows[0]!.name);
  const child: ChildProcess = fork(
    join(import.meta.dirname, 'media-processing.crash-child.ts'),
    [withDatabase(templateUrl!, name), t.config.filesDir, org.id, mediaId],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  let finished = false;
  child.on('message', (message) => {
    if (message === 'ffmpeg' && point === 'ffmpeg') child.kill('SIGKILL');
    if (typeof message === 'object') finished = true;
  });
  if (point === 'storing') {
    // Watches the storage folder as closely as the event loop allows, and kills at first sight.
    while (child.exitCode === null && child.signalCode === null) {
      if (storageTouched()) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  expect(await exited).toBe('SIGKILL');
  expect(finished).toBe(false);
}

const rowOf = async (id: string) =>
  (await t.database.db.select().from(schema.files).where(eq(schema.files.id, id)))[0]!;

async function sha256Of(key: string) {
  const hash = createHash('sha256');
  for await (const chunk of await fileStorageFor(t.config).read(key)) hash.update(chunk);
  return hash.digest('hex');
}

/** Published with every rendition whole, or not published and not shown to readers. */
async function expectWholeOrPending(id: string) {
  const row = await rowOf(id);
  const artist = org.members.artist;
  if (row.status === 'ready') {
    for (const variant of row.variants) {
      expect(await fileStorageFor(t.config).size(variant.storageKey)).toBe(variant.sizeBytes);
    }
    expect(await sha256Of(row.storageKey)).toBe(row.sha256);
    return 'published';
  }
  expect(row.status).toBe('processing');
  expect(row.variants).toEqual([]);
  const list = (await artist.get(`/api/orgs/${org.id}/media`)).body as MediaList;
  expect(list.items.map((m) => m.id)).not.toContain(id);
  expect((await artist.get(`/api/orgs/${org.id}/media/${id}/content`)).status).toBe(404);
  expect((await artist.get(`/api/orgs/${org.id}/media/${id}/content?variant=light`)).status).toBe(
    404,
  );
  return 'pending';
}

if (!templateUrl) {
  console.log(
    'media-crash.test.ts skipped: the child process needs a database it can reach (PostgreSQL, DATABASE_URL); CI runs it in the PostgreSQL suite',
  );
}

describe.skipIf(!templateUrl)('media processing killed with SIGKILL', () => {
  const points = hasFfmpeg('ffmpeg') ? (['ffmpeg', 'storing'] as const) : (['storing'] as const);
  for (const point of points) {
    it(`leaves the file whole or unpublished when killed while ${point === 'ffmpeg' ? 'ffmpeg cleans it' : 'its renditions reach storage'}, and the retry publishes it whole`, async () => {
      const id = await stagedRecording();
      await killDuring(id, point);
      const state = await expectWholeOrPending(id);
      if (point === 'ffmpeg') expect(state).toBe('pending');
      // pg-boss hands the job out again once it expires; the retry redoes the processing whole.
      const retried = await processMedia(
        { database: t.database, config: t.config },
        { orgId: org.id, mediaId: id },
      );
      if (state === 'pending') expect(retried).toMatchObject({ published: expect.any(Number) });
      expect(await expectWholeOrPending(id)).toBe('published');
      const row = await rowOf(id);
      expect(row.durationMs).toBe(90_000);
      const served = await org.members.artist.get(`/api/orgs/${org.id}/media/${id}/content`);
      expect(served.status).toBe(200);
      expect(createHash('sha256').update(served.rawBody).digest('hex')).toBe(row.sha256);
    });
  }
});
