import { randomUUID } from 'node:crypto';
import {
  MASKED,
  SMALL_COUNT,
  type Survey,
  type SurveyFill,
  type SurveyResults,
} from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSmallPeopleFigure } from '../../testing/suppression-expect';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;
let group: typeof schema.groups.$inferSelect;
let children: (typeof schema.participants.$inferSelect)[];

const questions = [
  { kind: 'scale', label: 'Écoute', scaleLabels: { low: 'Rarement', high: 'Toujours' } },
  { kind: 'scale', label: 'Pulsation' },
  {
    kind: 'single_choice',
    label: 'Participation',
    options: [{ label: 'Seul' }, { label: 'En groupe' }],
  },
  { kind: 'free_text', label: 'Remarques', required: false },
] as const;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay']);
  base = `/api/orgs/${org.id}`;
  const groups = await t.database.db
    .insert(schema.groups)
    .values({
      orgId: org.id,
      name: 'Petite section Balzac',
      kind: 'class',
      ageBand: '3-5',
      relayUserId: org.members.relay.userId,
    })
    .returning();
  group = groups[0]!;
  children = await t.database.db
    .insert(schema.participants)
    .values(
      ['Aya', 'Bilal', 'Chloé', 'Dylan', 'Emma', 'Farah', 'Gabin'].map((firstName) => ({
        orgId: org.id,
        groupId: group!.id,
        firstName,
        ageBand: '3-5' as const,
        searchName: firstName.toLowerCase(),
        retainUntil: '2030-08-31',
      })),
    )
    .returning();
});
afterAll(() => t.close());

async function openSurvey(title: string) {
  const created = await org.members.coordinator.post(`${base}/surveys`, {
    title,
    subject: 'participant',
    beforeAfter: true,
    questions,
  });
  expect(created.status).toBe(201);
  const survey = created.body as Survey;
  expect(survey.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
  const opened = await org.members.coordinator.post(`${base}/surveys/${survey.id}/status`, {
    status: 'open',
  });
  expect(opened.status).toBe(200);
  return survey;
}

async function answer(
  surveyId: string,
  participantId: string,
  phase: string,
  listening: number,
  pulse: number,
) {
  const response = await org.members.relay.post(`${base}/surveys/${surveyId}/responses`, {
    opId: randomUUID(),
    phase,
    participantId,
    answers: { q1: listening, q2: pulse, q3: 'o2', q4: 'Très attentive au chant' },
  });
  expect(response.status).toBe(201);
  return response.body as { pseudonym: string };
}

describe('observation surveys', () => {
  it('lets the relay fill a before/after grid per pseudonymous child, and compares with Wilcoxon', async () => {
    const survey = await openSurvey('Grille d’observation éveil musical');
    const fill = (await org.members.relay.get(`${base}/surveys/${survey.id}/fill`))
      .body as SurveyFill;
    expect(fill.group?.id).toBe(group.id);
    expect(fill.respondents).toHaveLength(7);
    expect(new Set(fill.respondents.map((r) => r.pseudonym)).size).toBe(7);
    // Listening before → after: 2→4, 3→3, 2→3, 1→3, 3→5, 2→4, 4→4 (one tie at 0 twice).
    const before = [2, 3, 2, 1, 3, 2, 4];
    const after = [4, 3, 3, 3, 5, 4, 4];
    for (const [i, child] of children.entries()) {
      await answer(survey.id, child.id, 'before', before[i]!, 3);
      await answer(survey.id, child.id, 'after', after[i]!, 4);
    }
    const results = (await org.members.coordinator.get(`${base}/surveys/${survey.id}/results`))
      .body as SurveyResults;
    expect(results.respondents).toEqual({ before: 7, after: 7, paired: 7 });
    const listening = results.questions[0]!;
    expect(listening.phases.map((p) => p.stats.mean)).toEqual([
      Math.round((17 / 7) * 100) / 100,
      Math.round((26 / 7) * 100) / 100,
    ]);
    // Differences 2, 0, 1, 2, 2, 2, 0: n = 5 non-zero; |1| rank 1, four |2| share ranks 2–5 (3.5).
    expect(listening.paired).toMatchObject({
      test: 'wilcoxon-signed-rank',
      pairs: 7,
      nonZeroPairs: 5,
      wPlus: 15,
      wMinus: 0,
    });
    // Variance 5·6·11/24 − (4³ − 4)/48 = 13.75 − 1.25 = 12.5; z = (15 − 7.5 − 0.5)/√12.5.
    expect(listening.paired!.z).toBeCloseTo(7 / Math.sqrt(12.5), 3);
    // The value 1 was answered by one child before: hidden, and so is the next smallest cell.
    expect(listening.phases[0]!.stats.counts.find((c) => c.value === '1')!.count).toBe(SMALL_COUNT);
    expect(results.questions[3]!.texts).toHaveLength(14);
    expectNoSmallPeopleFigure(results);

    const asViewer = await org.members.viewer.get(`${base}/surveys/${survey.id}/results`);
    expect(asViewer.status).toBe(200);
    const text = JSON.stringify(asViewer.body);
    for (const child of children) {
      expect(text).not.toContain(child.id);
      expect(text).not.toContain(child.firstName);
    }
    for (const r of fill.respondents) expect(text).not.toContain(r.pseudonym);
    expect((asViewer.body as SurveyResults).questions[3]!.texts).toBeNull();
    expect((await org.members.viewer.get(`${base}/surveys/${survey.id}/fill`)).status).toBe(403);
  });

  it('keeps the pseudonym links out of a viewer’s transactions, in the database itself', async () => {
    const survey = await openSurvey('Grille 2');
    await answer(survey.id, children[0]!.id, 'before', 3, 3);
    const asRole = (userId: string) =>
      t.database.withTenant({ orgId: org.id, userId }, (tx) =>
        tx
          .select()
          .from(schema.surveyPseudonyms)
          .where(eq(schema.surveyPseudonyms.surveyId, survey.id)),
      );
    expect(await asRole(org.members.coordinator.userId!)).toHaveLength(1);
    expect(await asRole(org.members.viewer.userId!)).toHaveLength(0);
    const stored = await t.database.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, survey.id));
    expect(JSON.stringify(stored)).not.toContain(children[0]!.id);
  });

  it('suppresses results under 5 answers, masks the test, and shows "< 5" answers', async () => {
    const survey = await openSurvey('Grille 3');
    for (const child of children.slice(0, 4)) {
      await answer(survey.id, child.id, 'before', 2, 2);
      await answer(survey.id, child.id, 'after', 4, 4);
    }
    const results = (await org.members.viewer.get(`${base}/surveys/${survey.id}/results`))
      .body as SurveyResults;
    expect(results.respondents).toEqual({
      before: SMALL_COUNT,
      after: SMALL_COUNT,
      paired: SMALL_COUNT,
    });
    expect(results.questions[0]!.paired).toMatchObject({
      pairs: SMALL_COUNT,
      z: MASKED,
      pValue: MASKED,
    });
    expect(results.questions[0]!.phases[0]!.stats.mean).toBe(MASKED);
    expect(results.survey.answers.before).toBe(SMALL_COUNT);
    expectNoSmallPeopleFigure(results);
  });

  it('replays an operation once, replaces an answer for the same phase, and names bad answers', async () => {
    const survey = await openSurvey('Grille 4');
    const url = `${base}/surveys/${survey.id}/responses`;
    const body = {
      opId: randomUUID(),
      phase: 'before',
      participantId: children[1]!.id,
      answers: { q1: 3, q2: 3, q3: 'o1' },
    };
    expect((await org.members.relay.post(url, body)).status).toBe(201);
    const replay = await org.members.relay.post(url, body);
    expect(replay.body).toMatchObject({ replayed: true });
    const again = await org.members.relay.post(url, {
      ...body,
      opId: randomUUID(),
      answers: { q1: 5, q2: 3, q3: 'o1' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replaced: true });
    const bad = await org.members.relay.post(url, {
      ...body,
      opId: randomUUID(),
      answers: { q1: 3, q3: 'o9', q7: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(
      (bad.body as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path),
    ).toEqual(['body.answers.q7', 'body.answers.q2', 'body.answers.q3']);
    const wrongPhase = await org.members.relay.post(url, {
      ...body,
      opId: randomUUID(),
      phase: 'single',
    });
    expect(wrongPhase.body).toMatchObject({ error: { code: 'SURVEY.INVALID_ANSWERS' } });
    await org.members.coordinator.post(`${base}/surveys/${survey.id}/status`, { status: 'closed' });
    const closed = await org.members.relay.post(url, { ...body, opId: randomUUID() });
    expect([closed.status, (closed.body as { error: { code: string } }).error.code]).toEqual([
      409,
      'SURVEY.NOT_OPEN',
    ]);
    const locked = await org.members.coordinator.patch(`${base}/surveys/${survey.id}`, {
      questions,
    });
    expect(locked.status).toBe(409);
  });

  it('refuses a relay another relay’s group, and a child of it', async () => {
    const [other] = await t.database.db
      .insert(schema.groups)
      .values({ orgId: org.id, name: 'Autre classe', kind: 'class' })
      .returning();
    const survey = await openSurvey('Grille 5');
    const fill = await org.members.relay.get(
      `${base}/surveys/${survey.id}/fill?groupId=${other!.id}`,
    );
    expect(fill.status).toBe(404);
    const [stranger] = await t.database.db
      .insert(schema.participants)
      .values({
        orgId: org.id,
        groupId: other!.id,
        firstName: 'Zoé',
        ageBand: '3-5',
        searchName: 'zoe',
        retainUntil: '2030-01-01',
      })
      .returning();
    const response = await org.members.relay.post(`${base}/surveys/${survey.id}/responses`, {
      opId: randomUUID(),
      phase: 'before',
      participantId: stranger!.id,
      answers: { q1: 3, q2: 3, q3: 'o1' },
    });
    expect(response.status).toBe(404);
  });
});
