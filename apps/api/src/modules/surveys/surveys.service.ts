// Survey definitions: list, read, create, edit while a draft without answers, open and close; results.
import {
  can,
  type Survey,
  type SurveyCreateBodySchema,
  type SurveyPhase,
  type SurveyQuestion,
  type SurveyQuestionInput,
  type SurveyResults,
  type SurveyStatus,
  type SurveyUpdateBodySchema,
} from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { presentSurvey } from './surveys.presenter';
import * as repository from './surveys.repository';
import { buildResults } from './surveys.results';

function notFound() {
  return new AppError('SURVEY.NOT_FOUND', 'Survey not found');
}

/** Question and option ids: the given ones are kept, missing ones numbered after the others. */
export function withIds(questions: readonly SurveyQuestionInput[]): SurveyQuestion[] {
  const taken = new Set(questions.flatMap((q) => (q.id ? [q.id] : [])));
  let next = 1;
  const fresh = (prefix: string, used: Set<string>) => {
    while (used.has(`${prefix}${next}`)) next++;
    const id = `${prefix}${next}`;
    used.add(id);
    return id;
  };
  return questions.map((question) => {
    const id = question.id ?? fresh('q', taken);
    const base = {
      id,
      kind: question.kind,
      label: question.label,
      required: question.required ?? true,
    };
    if (question.kind === 'scale')
      return { ...base, ...(question.scaleLabels ? { scaleLabels: question.scaleLabels } : {}) };
    if (question.kind === 'free_text') return base;
    const usedOptions = new Set(question.options.flatMap((o) => (o.id ? [o.id] : [])));
    next = 1;
    return {
      ...base,
      options: question.options.map((o) => ({
        id: o.id ?? fresh('o', usedOptions),
        label: o.label,
      })),
    };
  });
}

async function checkLinks(
  tx: Executor,
  input: { projectId?: string | null; journeyId?: string | null },
) {
  if (input.projectId && !(await repository.projectExists(tx, input.projectId))) {
    throw new AppError('SURVEY.REFERENCE_NOT_FOUND', 'Unknown project', {
      fields: [{ path: 'body.projectId', message: 'No such project' }],
    });
  }
  if (input.journeyId && !(await repository.findJourney(tx, input.journeyId))) {
    throw new AppError('SURVEY.REFERENCE_NOT_FOUND', 'Unknown journey', {
      fields: [{ path: 'body.journeyId', message: 'No such journey' }],
    });
  }
}

async function countsOf(tx: Executor, surveyIds: string[]) {
  const counts = new Map<string, Map<SurveyPhase, number>>();
  for (const row of await repository.responseCounts(tx, surveyIds)) {
    const perSurvey = counts.get(row.surveyId) ?? new Map<SurveyPhase, number>();
    perSurvey.set(row.phase, row.n);
    counts.set(row.surveyId, perSurvey);
  }
  return counts;
}

export async function loadSurvey(tx: Executor, surveyId: string): Promise<Survey> {
  const row = await repository.findSurvey(tx, surveyId);
  if (!row) throw notFound();
  return presentSurvey(row, (await countsOf(tx, [surveyId])).get(surveyId));
}

export async function listSurveys({
  actor,
  page,
}: {
  actor: OrgActor;
  page: { limit: number; offset: number };
}) {
  requirePermission(actor, 'surveys.read');
  return actor.inTenant(async (tx) => {
    const { rows, total } = await repository.listSurveys(tx, page);
    const counts = await countsOf(
      tx,
      rows.map((r) => r.survey.id),
    );
    return { items: rows.map((row) => presentSurvey(row, counts.get(row.survey.id))), total };
  });
}

export async function getSurvey({ actor, surveyId }: { actor: OrgActor; surveyId: string }) {
  requirePermission(actor, 'surveys.read');
  return actor.inTenant((tx) => loadSurvey(tx, surveyId));
}

export async function createSurvey({
  actor,
  input,
}: {
  actor: OrgActor;
  input: z.output<typeof SurveyCreateBodySchema>;
}) {
  requirePermission(actor, 'surveys.edit');
  return actor.inTenant(async (tx) => {
    await checkLinks(tx, input);
    const journey = input.journeyId ? await repository.findJourney(tx, input.journeyId) : null;
    const survey = await repository.insertSurvey(tx, {
      orgId: actor.orgId,
      title: input.title,
      description: input.description ?? null,
      subject: input.subject,
      beforeAfter: input.beforeAfter,
      projectId: input.projectId ?? journey?.projectId ?? null,
      journeyId: input.journeyId ?? null,
      questions: withIds(input.questions),
      createdBy: actor.userId,
    });
    return loadSurvey(tx, survey.id);
  });
}

export async function updateSurvey({
  actor,
  surveyId,
  input,
}: {
  actor: OrgActor;
  surveyId: string;
  input: z.output<typeof SurveyUpdateBodySchema>;
}) {
  requirePermission(actor, 'surveys.edit');
  return actor.inTenant(async (tx) => {
    const current = await loadSurvey(tx, surveyId);
    const anyAnswer = (await repository.responseCounts(tx, [surveyId])).length > 0;
    const changesShape = input.questions !== undefined || input.beforeAfter !== undefined;
    if (changesShape && (current.status !== 'draft' || anyAnswer)) {
      throw new AppError(
        'SURVEY.NOT_EDITABLE',
        'Questions change only in a draft without answers',
        {
          fields: [
            { path: input.questions ? 'body.questions' : 'body.beforeAfter', message: 'Locked' },
          ],
        },
      );
    }
    await checkLinks(tx, input);
    await repository.updateSurvey(tx, surveyId, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.beforeAfter !== undefined ? { beforeAfter: input.beforeAfter } : {}),
      ...(input.projectId !== undefined ? { projectId: input.projectId } : {}),
      ...(input.journeyId !== undefined ? { journeyId: input.journeyId } : {}),
      ...(input.questions ? { questions: withIds(input.questions) } : {}),
    });
    return loadSurvey(tx, surveyId);
  });
}

export async function changeSurveyStatus({
  actor,
  surveyId,
  status,
}: {
  actor: OrgActor;
  surveyId: string;
  status: SurveyStatus;
}) {
  requirePermission(actor, 'surveys.edit');
  return actor.inTenant(async (tx) => {
    await loadSurvey(tx, surveyId);
    await repository.updateSurvey(tx, surveyId, { status });
    return loadSurvey(tx, surveyId);
  });
}

export async function surveyResults({
  actor,
  surveyId,
}: {
  actor: OrgActor;
  surveyId: string;
}): Promise<SurveyResults> {
  requirePermission(actor, 'surveys.readResults');
  return actor.inTenant((tx) => loadSurveyResults(tx, surveyId, can(actor.role, 'surveys.edit')));
}

/** Results of one survey; free texts only `withTexts` (never in reports). */
/** A survey of the actor's organisation, or null (for another module linking one). */
export async function findSurvey(tx: Executor, surveyId: string): Promise<Survey | null> {
  const row = await repository.findSurvey(tx, surveyId);
  return row ? presentSurvey(row, (await countsOf(tx, [surveyId])).get(surveyId)) : null;
}

export async function loadSurveyResults(tx: Executor, surveyId: string, withTexts: boolean) {
  const survey = await loadSurvey(tx, surveyId);
  return buildResults(survey, await repository.responsesOf(tx, surveyId), withTexts);
}
