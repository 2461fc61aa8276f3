// Results of a survey: counts and means per phase, the paired before/after test, all suppressed.
import type {
  Survey,
  SurveyPhase,
  SurveyQuestion,
  SurveyResults,
  WilcoxonResult,
} from '@tutti/contracts';
import { suppressCount, suppressDerived, suppressTable, wilcoxonSignedRank } from '../impact';

/** Answers by question id: a scale value, an option id, option ids or text. */
type StoredSurveyAnswers = Record<string, number | string | string[]>;

export type ResponseRow = {
  phase: SurveyPhase;
  respondentKey: string;
  answers: StoredSurveyAnswers;
};

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function phasesOf(survey: Survey): SurveyPhase[] {
  return survey.beforeAfter ? ['before', 'after'] : ['single'];
}

function phaseStats(question: SurveyQuestion, answers: StoredSurveyAnswers[]) {
  const values = answers.map((a) => a[question.id]).filter((v) => v !== undefined);
  const n = values.length;
  if (question.kind === 'scale') {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const mean = numbers.length === 0 ? 0 : numbers.reduce((a, b) => a + b, 0) / numbers.length;
    return {
      answers: suppressCount(n),
      mean: numbers.length === 0 ? null : suppressDerived(round(mean, 2), numbers.length),
      counts: suppressTable(
        [1, 2, 3, 4, 5].map((value) => ({
          category: String(value),
          count: numbers.filter((v) => v === value).length,
        })),
      ).map(({ category, count }) => ({ value: category, count })),
    };
  }
  if (question.kind === 'single_choice') {
    return {
      answers: suppressCount(n),
      mean: null,
      counts: suppressTable(
        (question.options ?? []).map((option) => ({
          category: option.id,
          count: values.filter((v) => v === option.id).length,
        })),
      ).map(({ category, count }) => ({ value: category, count })),
    };
  }
  if (question.kind === 'multiple_choice') {
    // Each option with its complement (did not choose it): neither may give away a small count.
    return {
      answers: suppressCount(n),
      mean: null,
      counts: (question.options ?? []).map((option) => {
        const chose = values.filter((v) => Array.isArray(v) && v.includes(option.id)).length;
        const [cell] = suppressTable([
          { category: option.id, count: chose },
          { category: 'not', count: n - chose },
        ]);
        return { value: option.id, count: cell!.count };
      }),
    };
  }
  return { answers: suppressCount(n), mean: null, counts: [] };
}

function pairedTest(
  question: SurveyQuestion,
  before: Map<string, StoredSurveyAnswers>,
  after: Map<string, StoredSurveyAnswers>,
): WilcoxonResult | null {
  if (question.kind !== 'scale') return null;
  const pairs: [number, number][] = [];
  for (const [key, answers] of before) {
    const b = answers[question.id];
    const a = after.get(key)?.[question.id];
    if (typeof b === 'number' && typeof a === 'number') pairs.push([b, a]);
  }
  const outcome = wilcoxonSignedRank(pairs);
  const shown = (value: number) => suppressDerived(value, pairs.length);
  return {
    test: 'wilcoxon-signed-rank',
    method: 'normal-approximation',
    pairs: suppressCount(pairs.length),
    nonZeroPairs: shown(outcome.nonZeroPairs),
    wPlus: shown(outcome.wPlus),
    wMinus: shown(outcome.wMinus),
    z: shown(round(outcome.z, 3)),
    pValue: shown(round(outcome.pValue, 4)),
    meanDifference: shown(round(outcome.meanDifference, 2)),
  };
}

/**
 * Results as every role sees them, except free texts: only `withTexts` (admins and
 * coordinators) receive them, in no particular order and without who wrote them.
 */
export function buildResults(
  survey: Survey,
  responses: readonly ResponseRow[],
  withTexts: boolean,
): SurveyResults {
  const byPhase = new Map<SurveyPhase, Map<string, StoredSurveyAnswers>>();
  for (const phase of phasesOf(survey)) byPhase.set(phase, new Map());
  for (const row of responses) byPhase.get(row.phase)?.set(row.respondentKey, row.answers);
  const before = byPhase.get('before') ?? new Map();
  const after = byPhase.get('after') ?? new Map();
  const paired = [...before.keys()].filter((key) => after.has(key)).length;
  return {
    survey,
    respondents: {
      before: suppressCount(before.size),
      after: suppressCount(after.size),
      paired: suppressCount(paired),
    },
    questions: survey.questions.map((question) => ({
      question,
      phases: [...byPhase.entries()].map(([phase, answers]) => ({
        phase,
        stats: phaseStats(question, [...answers.values()]),
      })),
      paired: survey.beforeAfter ? pairedTest(question, before, after) : null,
      texts:
        question.kind === 'free_text' && withTexts
          ? responses
              .map((r) => r.answers[question.id])
              .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
              .sort()
          : null,
    })),
  };
}
