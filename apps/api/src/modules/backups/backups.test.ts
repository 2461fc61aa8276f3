// Backups from the web app: admins read the runs and ask for one; the job writes a complete
// archive (never a partial one), keeps the newest `keep`, records failures, and runs one at a time.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupOverview } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { backupDueAtStart, runBackup } from './backups.service';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let backupsDir: string;

beforeAll(async () => {
  backupsDir = mkdtempSync(join(tmpdir(), 'tutti-backups-'));
  t = await startTestApp({ TUTTI_BACKUP_DIR: backupsDir, TUTTI_BACKUP_KEEP: '2' });
  org = await buildOrganisation(t, ['admin', 'coordinator']);
});
afterAll(async () => {
  await t.close();
  rmSync(backupsDir, { recursive: true, force: true });
});

const overview = async () =>
  (await org.members.admin.get(`/api/orgs/${org.id}/backups`)).body as BackupOverview;

async function clearRuns() {
  await t.database.db.execute(sql`delete from backup_runs`);
}

describe('backups', () => {
  it('shows an admin the folder, the daily time and how many archives are kept; refuses others', async () => {
    expect(await overview()).toEqual({
      folder: backupsDir,
      keep: 2,
      dailyAt: '03:40',
      mediaInBucket: false,
      runs: [],
    });
    const coordinator = await org.members.coordinator.get(`/api/orgs/${org.id}/backups`);
    expect(coordinator.status).toBe(403);
    const asked = await org.members.coordinator.post(`/api/orgs/${org.id}/backups`);
    expect(asked.status).toBe(403);
  });

  it('makes a backup on request, then refuses another within 10 minutes', async () => {
    const asked = await org.members.admin.post(`/api/orgs/${org.id}/backups`);
    expect(asked.status).toBe(202);
    const started = Date.now();
    let runs = (await overview()).runs;
    while (runs[0]?.state !== 'succeeded' && runs[0]?.state !== 'failed') {
      if (Date.now() - started > 30_000) throw new Error('the requested backup did not run');
      await new Promise((resolve) => setTimeout(resolve, 100));
      runs = (await overview()).runs;
    }
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({
      trigger: 'request',
      state: 'succeeded',
      archiveKept: true,
      error: null,
    });
    expect(run!.tables).toBeGreaterThan(40);
    expect(run!.rows).toBeGreaterThan(0);
    expect(run!.bytes).toBeGreaterThan(1000);
    expect(readdirSync(backupsDir)).toEqual([run!.archiveName]);

    const again = await org.members.admin.post(`/api/orgs/${org.id}/backups`);
    expect(again.status).toBe(429);
    expect(again.body).toMatchObject({ error: { code: 'BACKUP.TOO_SOON' } });
  });

  it('keeps the newest archives only, and says which runs lost theirs', async () => {
    await clearRuns();
    for (const file of readdirSync(backupsDir)) rmSync(join(backupsDir, file));
    for (let n = 0; n < 3; n++) {
      await runBackup({ database: t.database, config: t.config, trigger: 'schedule' });
    }
    const { runs } = await overview();
    expect(runs.map((run) => run.archiveKept)).toEqual([true, true, false]);
    expect(readdirSync(backupsDir).sort()).toEqual(
      runs
        .slice(0, 2)
        .map((run) => run.archiveName)
        .sort(),
    );
  });

  it('runs one backup at a time: a request while one runs is refused, a second job skips', async () => {
    await clearRuns();
    await t.database.db.execute(sql`insert into backup_runs (trigger) values ('schedule')`);
    const asked = await org.members.admin.post(`/api/orgs/${org.id}/backups`);
    expect(asked.status).toBe(409);
    expect(asked.body).toMatchObject({ error: { code: 'BACKUP.RUNNING' } });
    expect(
      await runBackup({ database: t.database, config: t.config, trigger: 'request' }),
    ).toBeNull();
    expect((await overview()).runs).toHaveLength(1);
  });

  it('marks a run left running by a stopped process as interrupted after six hours', async () => {
    await t.database.db.execute(
      sql`update backup_runs set started_at = now() - interval '7 hours' where state = 'running'`,
    );
    const result = await runBackup({ database: t.database, config: t.config, trigger: 'request' });
    expect(result).not.toBeNull();
    const { runs } = await overview();
    expect(runs.map((run) => [run.state, run.error])).toEqual([
      ['succeeded', null],
      ['failed', 'interrupted'],
    ]);
  });

  it('records a failure with its reason and leaves no partial archive', async () => {
    await clearRuns();
    const blocked = join(mkdtempSync(join(tmpdir(), 'tutti-backups-blocked-')), 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    const config = { ...t.config, backups: { ...t.config.backups, dir: blocked } };
    const failure = await runBackup({ database: t.database, config, trigger: 'schedule' }).catch(
      (error: unknown) => error,
    );
    expect(String(failure)).toMatch(/ENOTDIR|EEXIST/);
    const { runs } = await overview();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ state: 'failed', archiveName: null, archiveKept: false });
    expect(runs[0]!.error).toMatch(/EEXIST|ENOTDIR/);
    expect(existsSync(`${blocked}.partial`)).toBe(false);
  });
});

describe('a backup at start', () => {
  it('is due when no backup succeeded in the last 24 hours', async () => {
    await clearRuns();
    expect(await backupDueAtStart(t.database)).toBe(true);
    await runBackup({ database: t.database, config: t.config, trigger: 'schedule' });
    expect(await backupDueAtStart(t.database)).toBe(false);
    const tomorrow = new Date(Date.now() + 25 * 3_600_000);
    expect(await backupDueAtStart(t.database, tomorrow)).toBe(true);
  });
});
