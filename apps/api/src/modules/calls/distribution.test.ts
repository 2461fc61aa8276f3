// The chair's distribution of applicants by territory (issue 18 point 7): refused with 409 naming
// the reason while scores may change, then counts per access-score band, density group and
// priority area from the communes given, small counts suppressed, communes not given counted as
// unknown (never spread), drafts left out, and nobody named.
import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBody } from '../../testing/calls-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let callId: string;
let url: string;

type Cell = { category: string; count: number | string };
type Distribution = {
  applicants: number | string;
  accessScore: Cell[];
  density: Cell[];
  priorityArea: Cell[];
  referenceData: { densityImported: boolean; priorityImported: boolean };
};

/** 7 in Nevers, 6 in Paris, 2 in Lormes, 5 without a commune; one draft not counted. */
const communes = [
  ...Array<string>(7).fill('58194'),
  ...Array<string>(6).fill('75056'),
  ...Array<string>(2).fill('58145'),
  ...Array<null>(5).fill(null),
];

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'juror']);
  const created = await org.members.coordinator.post(`/api/orgs/${org.id}/calls`, callBody());
  callId = (created.body as { id: string }).id;
  url = `/api/orgs/${org.id}/calls/${callId}/distribution`;
  for (const phase of ['published', 'preselection', 'meeting']) {
    await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/calls/${callId}/phase`, {
      phase,
    });
  }
  await t.database.db.insert(schema.callApplications).values([
    ...communes.map((communeCode, i) => ({
      orgId: org.id,
      callId,
      code: `DST-${String(i).padStart(3, '0')}`,
      email: `applicant${i}@example.test`,
      name: `Applicant Number${i}`,
      status: 'submitted' as const,
      submittedAt: new Date(),
      communeCode,
      communeName: communeCode,
    })),
    {
      orgId: org.id,
      callId,
      code: 'DST-DRF',
      email: 'draft@example.test',
      name: 'Draft Person',
      communeCode: '58194',
    },
  ]);
}, 240_000);
afterAll(() => t.close());

const numeric = (cells: Cell[]) =>
  cells.reduce((sum, c) => sum + (typeof c.count === 'number' ? c.count : 0), 0);

describe('the distribution of applicants by territory', () => {
  it('is refused with 409 naming the reason while the scores are not locked, and to a juror', async () => {
    const early = await org.members.coordinator.get(url);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      error: { code: 'CALL.SCORES_NOT_LOCKED', details: { reason: 'scoresNotLocked' } },
    });
    expect(JSON.stringify(early.body)).toContain('not locked');
    const juror = await org.members.juror.get(url);
    expect(juror.status).toBe(403);
  });

  it('counts submitted applicants per band, density and priority area once locked, small counts suppressed', async () => {
    const locked = await org.members.coordinator.request(
      'PUT',
      `/api/orgs/${org.id}/calls/${callId}/phase`,
      { phase: 'meeting', lockScores: true },
    );
    expect(locked.status, JSON.stringify(locked.body)).toBe(200);
    const shown = await org.members.coordinator.get(url);
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    const body = shown.body as Distribution;
    expect(body.applicants).toBe(20);
    expect(body.accessScore.map((c) => c.category)).toEqual([
      'score_67_100',
      'score_34_66',
      'score_0_33',
      'unknown',
    ]);
    // Those without a commune are unknown in every table, not spread over the others.
    expect(body.accessScore.find((c) => c.category === 'unknown')!.count).toBe(5);
    for (const table of [body.accessScore, body.density, body.priorityArea]) {
      for (const cell of table) {
        // 1 to 4 never leave the server.
        if (typeof cell.count === 'number') expect(cell.count === 0 || cell.count >= 5).toBe(true);
        else expect(['< 5', 'masked']).toContain(cell.count);
      }
      expect(numeric(table)).toBeLessThanOrEqual(20);
    }
    // The 2 from Lormes are never shown as 2: their cell is "< 5", or they share a band.
    expect(JSON.stringify(body.accessScore)).not.toMatch(/"count":[1-4]\b/);
    if (!body.referenceData.densityImported) {
      expect(body.density.find((c) => c.category === 'unknown')!.count).toBe(20);
    }
    if (!body.referenceData.priorityImported) {
      expect(body.priorityArea.find((c) => c.category === 'unknown')!.count).toBe(20);
    }
    // Counts only: no code, name or commune of anyone.
    const text = JSON.stringify(body);
    for (const hint of ['DST-', 'Applicant', 'Number', '58194', 'Draft']) {
      expect(text).not.toContain(hint);
    }
  });
});
