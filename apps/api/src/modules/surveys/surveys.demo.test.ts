import type { Survey, SurveyFill, SurveyResults } from '@tutti/contracts';
import { DEMO_PASSWORD, DEMO_SURVEY_TITLE } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  orgId = ((await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] })
    .memberships[0]!.orgId;
}, 120_000);
afterAll(() => t.close());

describe('demo before/after survey', () => {
  it('shows the coordinator results for 20 children at once, with the paired test', async () => {
    const coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
    const list = (await coordinator.get(`/api/orgs/${orgId}/surveys`)).body as { items: Survey[] };
    const survey = list.items.find((s) => s.title === DEMO_SURVEY_TITLE)!;
    expect(survey).toMatchObject({
      status: 'open',
      journeyName: expect.any(String),
      answers: { before: 20, after: 20 },
    });
    const results = (await coordinator.get(`/api/orgs/${orgId}/surveys/${survey.id}/results`))
      .body as SurveyResults;
    expect(results.respondents).toEqual({ before: 20, after: 20, paired: 20 });
    const listening = results.questions[0]!;
    expect(listening.paired).toMatchObject({ test: 'wilcoxon-signed-rank', pairs: 20 });
    expect(typeof listening.paired!.pValue).toBe('number');
    expect(listening.phases[1]!.stats.mean as number).toBeGreaterThan(
      listening.phases[0]!.stats.mean as number,
    );
  });

  it('lets the relay of the class open it on a phone with the children under pseudonyms', async () => {
    const relay = await signIn(t.app, 'relay@demo.test', DEMO_PASSWORD);
    const list = (await relay.get(`/api/orgs/${orgId}/surveys`)).body as { items: Survey[] };
    const survey = list.items.find((s) => s.title === DEMO_SURVEY_TITLE)!;
    const fill = (await relay.get(`/api/orgs/${orgId}/surveys/${survey.id}/fill`))
      .body as SurveyFill;
    expect(fill.group?.name).toContain('Grande section');
    expect(fill.respondents.filter((r) => r.answered.length === 2)).toHaveLength(20);
  });
});
