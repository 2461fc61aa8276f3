// The embedded data folder: created on the first start wherever TUTTI_DATA_DIR points, and
// held by one process at a time.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { processStartTime } from './data-folder-lock';
import { openConfiguredDatabase } from './database';

const holderScript = fileURLToPath(new URL('../testing/hold-data-folder.ts', import.meta.url));

/** A child process holding the data folder, once it said it is ready. */
async function startHolder(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('ready')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`holder exited (${code}): ${output}`)));
  });
  return child;
}

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
    const holder = { pid: process.ppid, startedAt: processStartTime(process.ppid), instance: 'x' };
    writeFileSync(join(root, 'held', 'data.pid'), JSON.stringify(holder));
    await expect(openConfiguredDatabase(loadConfig({ TUTTI_DATA_DIR: dataDir }))).rejects.toThrow(
      `Another Tutti process (pid ${process.ppid}) is using the data folder`,
    );
  });

  it('is taken over when the live process named in the lock started after it was written', async () => {
    const dataDir = join(root, 'reused', 'data');
    mkdirSync(dataDir, { recursive: true });
    // The process id now belongs to another program: its start time differs.
    const holder = { pid: process.ppid, startedAt: '1', instance: 'gone' };
    writeFileSync(join(root, 'reused', 'data.pid'), JSON.stringify(holder));
    const database = await openConfiguredDatabase(loadConfig({ TUTTI_DATA_DIR: dataDir }));
    await database.ping();
    await database.close();
  }, 60_000);

  it('opens again at once after its holder is killed with SIGKILL, with what it wrote', async () => {
    const dataDir = join(root, 'killed', 'data');
    const child = await startHolder(dataDir);
    // While the holder runs, nobody else gets the folder.
    await expect(openConfiguredDatabase(loadConfig({ TUTTI_DATA_DIR: dataDir }))).rejects.toThrow(
      `Another Tutti process (pid ${child.pid}) is using the data folder`,
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    // The signal takes a moment to land; then the process is a zombie until it is reaped (its
    // pid still answers signal 0): the lock must count it dead from then on.
    while (processStartTime(child.pid!) !== null) await new Promise(setImmediate);
    const database = await openConfiguredDatabase(loadConfig({ TUTTI_DATA_DIR: dataDir }));
    const { rows } = await database.executeSql('select count(*)::int as n from held_marker');
    expect(rows).toEqual([{ n: 1 }]);
    await database.close();
    await exited;
  }, 60_000);
});
