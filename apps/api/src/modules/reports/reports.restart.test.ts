import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgActor } from '../../platform/auth/request-auth';
import { startJobQueue } from '../../platform/jobs/queue';
import { fileStorageFor } from '../../platform/storage';
import { buildImpactScene } from '../../testing/impact-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { workReports } from './reports.jobs';
import { createReport, downloadReport, getReport } from './reports.service';

let t: TestApp;
let actor: OrgActor;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  t = await startTestApp();
  const org = await buildOrganisation(t, ['coordinator']);
  await buildImpactScene(t, org.id);
  actor = {
    orgId: org.id,
    userId: org.members.coordinator.userId!,
    role: 'coordinator',
    inTenant: (work, options) =>
      t.database.withTenant(
        {
          orgId: org.id,
          userId: org.members.coordinator.userId,
          sensitive: options?.sensitive ?? false,
        },
        work,
      ),
  };
  // No report worker in this process from now on: only the queues made below.
  await t.jobs.stop();
});
afterAll(() => t.close());

describe('report jobs across a restart', () => {
  it('completes a report queued before the queue stopped, once a new queue starts', async () => {
    const first = await startJobQueue({ database: t.database, log, pollingIntervalSeconds: 0.5 });
    const queued = await createReport({
      actor,
      jobs: first,
      input: {
        template: 'journey_review',
        from: '2025-09-01',
        to: '2026-08-31',
        projectIds: [],
        communeCodes: [],
        departmentCode: null,
        surveyIds: [],
      },
      locale: 'en',
    });
    await first.stop();
    expect((await getReport({ actor, reportId: queued.id })).status).toBe('queued');

    const second = await startJobQueue({ database: t.database, log, pollingIntervalSeconds: 0.5 });
    await workReports({ database: t.database, jobs: second, config: t.config, log });
    const started = Date.now();
    let report = await getReport({ actor, reportId: queued.id });
    while (
      report.status !== 'done' &&
      report.status !== 'failed' &&
      Date.now() - started < 90_000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      report = await getReport({ actor, reportId: queued.id });
    }
    await second.stop();
    expect(report).toMatchObject({
      status: 'done',
      progressPercent: 100,
      title: 'Journey review, Sep 1, 2025 – Aug 31, 2026',
    });
    const file = await downloadReport({
      actor,
      storage: fileStorageFor(t.config),
      reportId: queued.id,
      format: 'pdf',
    });
    expect(file.fileName).toBe('report-journey-review-sep-1-2025-aug-31-2026.pdf');
    expect(file.bytes).toBeGreaterThan(10_000);
    file.stream.destroy();
  }, 120_000);
});
