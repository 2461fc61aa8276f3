// The embedded data folder: created on the first start wherever TUTTI_DATA_DIR points, and
// held by one process at a time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './database';

const root = mkdtempSync(join(tmpdir(), 'tutti-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the embedded data folder', () => {
  it('is created with its missing parents on a first start', async () => {
    const database = await openConfiguredDatabase(
      loadConfig({ TUTTI_DATA_DIR: join(root, 'not', 'yet', 'data') }),
    );
    await database.ping();
    await database.close();
  }, 60_000);

  it('is refused while another live process holds it', async () => {
    const dataDir = join(root, 'held', 'data');
    mkdirSync(dataDir, { recursive: true });
    // The parent of this test process is alive and is not this process.
    writeFileSync(join(root, 'held', 'data.pid'), String(process.ppid));
    await expect(openConfiguredDatabase(loadConfig({ TUTTI_DATA_DIR: dataDir }))).rejects.toThrow(
      `Another Tutti process (pid ${process.ppid}) is using the data folder`,
    );
  });
});
