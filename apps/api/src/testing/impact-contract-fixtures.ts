// Contract-test fixtures of impact evaluation: a survey and a built report, valid bodies for the routes.
import type { buildOrganisation, TestApp } from './test-app';

type BuiltOrganisation = Awaited<ReturnType<typeof buildOrganisation>>;

/** A survey with one question, opened, and a report built to the end, made through the API. */
export async function seedImpactResources(_t: TestApp, organisation: BuiltOrganisation) {
  const staff = organisation.members.coordinator ?? organisation.members.admin;
  const base = `/api/orgs/${organisation.id}`;
  const survey = await staff.post(`${base}/surveys`, {
    title: 'Grille d’observation',
    subject: 'group',
    questions: [{ kind: 'scale', label: 'Écoute' }],
  });
  if (survey.status !== 201) throw new Error(`fixture survey: ${JSON.stringify(survey.body)}`);
  const surveyId = (survey.body as { id: string }).id;
  await staff.post(`${base}/surveys/${surveyId}/status`, { status: 'open' });
  const report = await staff.post(`${base}/reports`, {
    template: 'funder_summary',
    from: '2026-01-01',
    to: '2026-12-31',
  });
  if (report.status !== 202) throw new Error(`fixture report: ${JSON.stringify(report.body)}`);
  const reportId = (report.body as { id: string }).id;
  // Downloads answer 200 only once the file exists: wait for the job.
  for (let waited = 0; ; waited += 250) {
    const { status, error } = (await staff.get(`${base}/reports/${reportId}`)).body as {
      status: string;
      error: string | null;
    };
    if (status === 'done') break;
    if (status === 'failed' || waited > 60_000) {
      throw new Error(`fixture report: ${status}${error ? ` (${error})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { surveyId, reportId };
}

const someId = '00000000-0000-4000-8000-0000000000bb';

/** Valid bodies for the routes of surveys and reports. */
export const impactCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/surveys': {
    title: 'Enquête intruse',
    subject: 'anonymous',
    questions: [{ kind: 'free_text', label: 'Avis' }],
  },
  'PATCH /api/orgs/:orgId/surveys/:surveyId': { title: 'Renommée par un intrus' },
  'POST /api/orgs/:orgId/surveys/:surveyId/status': { status: 'closed' },
  'POST /api/orgs/:orgId/reports': {
    template: 'funder_summary',
    from: '2026-01-01',
    to: '2026-06-30',
  },
  'POST /api/orgs/:orgId/surveys/:surveyId/responses': {
    opId: '00000000-0000-4000-8000-0000000000bc',
    phase: 'before',
    groupId: someId,
    answers: { q1: 3 },
  },
};
