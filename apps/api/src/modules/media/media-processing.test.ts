import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStorageFor, MissingFileError, storageKey } from '../../platform/storage';
import { wavTone } from '../../testing/media-samples';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { hasFfmpeg } from './ffmpeg';
import { processMedia } from './media-processing';
import { stagedUploadPath, stagingDir } from './media-staging';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator']);
});
afterAll(() => t.close());

/** A file whose bytes have all arrived, waiting for processing (no job queued: the test runs it). */
async function stagedRecording(bytes: Buffer) {
  const id = randomUUID();
  mkdirSync(stagingDir(t.config), { recursive: true });
  writeFileSync(stagedUploadPath(t.config, id), bytes);
  await t.database.db.insert(schema.files).values({
    id,
    orgId: org.id,
    fileName: 'répétition.wav',
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

const rowOf = async (id: string) =>
  (await t.database.db.select().from(schema.files).where(eq(schema.files.id, id)))[0]!;

describe('media processing', () => {
  it.skipIf(!hasFfmpeg(t?.config.media.ffmpeg ?? 'ffmpeg'))(
    'leaves nothing published and nothing stored when ffmpeg is killed with SIGKILL mid-job',
    async () => {
      const id = await stagedRecording(wavTone({ seconds: 30 }));
      const result = await processMedia(
        { database: t.database, config: t.config },
        { orgId: org.id, mediaId: id },
        {
          onSpawn: (child) => child.kill('SIGKILL'),
        },
      );
      expect(result).toEqual({ failed: 'MEDIA.PROCESSING_FAILED' });
      const row = await rowOf(id);
      expect({ status: row.status, variants: row.variants, storedBytes: row.storedBytes }).toEqual({
        status: 'failed',
        variants: [],
        storedBytes: 0,
      });
      const storage = fileStorageFor(t.config);
      for (const rendition of [undefined, 'light']) {
        await expect(storage.size(storageKey(org.id, id, rendition))).rejects.toBeInstanceOf(
          MissingFileError,
        );
      }
    },
  );

  it('publishes a recording in one step once every rendition is stored, with the light audio when ffmpeg is there', async () => {
    const id = await stagedRecording(wavTone({ seconds: 2 }));
    await processMedia({ database: t.database, config: t.config }, { orgId: org.id, mediaId: id });
    const row = await rowOf(id);
    expect(row.status).toBe('ready');
    expect(row.durationMs).toBe(2000);
    const names = row.variants.map((v) => v.name);
    expect(names).toEqual(hasFfmpeg(t.config.media.ffmpeg) ? ['original', 'light'] : ['original']);
    for (const variant of row.variants) {
      expect(await fileStorageFor(t.config).size(variant.storageKey)).toBe(variant.sizeBytes);
    }
  });
});
