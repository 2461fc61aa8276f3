// Shapes surveys for answers: definitions with the count of answers per phase, small ones suppressed.
import type { Survey, SurveyPhase } from '@tutti/contracts';
import { suppressCount } from '../impact';
import type { findSurvey } from './surveys.repository';

type SurveyWithNames = NonNullable<Awaited<ReturnType<typeof findSurvey>>>;

export function presentSurvey(
  row: SurveyWithNames,
  counts: ReadonlyMap<SurveyPhase, number> = new Map(),
): Survey {
  const { survey } = row;
  return {
    id: survey.id,
    title: survey.title,
    description: survey.description,
    subject: survey.subject,
    beforeAfter: survey.beforeAfter,
    status: survey.status,
    projectId: survey.projectId,
    projectName: row.projectName,
    journeyId: survey.journeyId,
    journeyName: row.journeyName,
    questions: survey.questions,
    answers: {
      before: suppressCount(counts.get('before') ?? 0),
      after: suppressCount(counts.get('after') ?? 0),
      single: suppressCount(counts.get('single') ?? 0),
    },
    createdAt: survey.createdAt.toISOString(),
    updatedAt: survey.updatedAt.toISOString(),
  };
}
