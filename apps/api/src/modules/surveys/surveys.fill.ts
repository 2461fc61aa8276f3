// Filling a survey on a phone: the group's respondents under their pseudonyms, and one answer at a time.
import type {
  Survey,
  SurveyFill,
  SurveyPhase,
  SurveyQuestion,
  SurveyResponseBodySchema,
} from '@tutti/contracts';
import { type Executor, randomPseudonym } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { relayScopeOf } from '../groups';
import * as repository from './surveys.repository';
import { loadSurvey } from './surveys.service';

/** The participant's pseudonym in this survey, made on first use (random, so it reveals nothing). */
async function pseudonymFor(tx: Executor, orgId: string, surveyId: string, participantId: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = (await repository.pseudonymsOf(tx, surveyId, [participantId])).get(
      participantId,
    );
    if (existing) return existing;
    const pseudonym = randomPseudonym();
    if (await repository.insertPseudonym(tx, { orgId, surveyId, participantId, pseudonym })) {
      return pseudonym;
    }
  }
  throw new Error('Could not draw a free pseudonym');
}

/** Groups the actor may fill the survey for: the journey's group, else every group in their scope. */
async function fillableGroups(tx: Executor, actor: OrgActor, survey: Survey) {
  const journey = survey.journeyId ? await repository.findJourney(tx, survey.journeyId) : null;
  const relayUserId = relayScopeOf(actor);
  const groups = await repository.findGroups(tx, {
    ...(journey ? { ids: [journey.groupId] } : {}),
    ...(relayUserId ? { relayUserId } : {}),
  });
  return survey.subject === 'participant' ? groups.filter((g) => g.listedIndividually) : groups;
}

function phasesOf(survey: Survey): SurveyPhase[] {
  return survey.beforeAfter ? ['before', 'after'] : ['single'];
}

export async function surveyFill({
  actor,
  surveyId,
  groupId,
}: {
  actor: OrgActor;
  surveyId: string;
  groupId: string | undefined;
}): Promise<SurveyFill> {
  requirePermission(actor, 'surveys.fill');
  return actor.inTenant(async (tx) => {
    const survey = await loadSurvey(tx, surveyId);
    const groups = await fillableGroups(tx, actor, survey);
    const group = groupId
      ? groups.find((g) => g.id === groupId)
      : groups.length === 1
        ? groups[0]
        : undefined;
    if (groupId && !group) {
      throw new AppError('SURVEY.RESPONDENT_NOT_FOUND', 'Group not found for this survey', {
        fields: [{ path: 'query.groupId', message: 'Not a group this survey is filled for' }],
      });
    }
    const answered = async (keys: string[]) => {
      const byKey = new Map<string, SurveyPhase[]>();
      for (const row of await repository.answeredPhases(tx, surveyId, keys)) {
        byKey.set(row.respondentKey, [...(byKey.get(row.respondentKey) ?? []), row.phase]);
      }
      return byKey;
    };
    let respondents: SurveyFill['respondents'] = [];
    let groupAnswered: SurveyPhase[] = [];
    if (group && survey.subject === 'participant') {
      const members = await repository.groupMembers(tx, group.id);
      const pseudonyms = new Map<string, string>();
      for (const member of members) {
        pseudonyms.set(member.id, await pseudonymFor(tx, actor.orgId, surveyId, member.id));
      }
      const phases = await answered([...pseudonyms.values()]);
      respondents = members.map((member) => {
        const pseudonym = pseudonyms.get(member.id)!;
        return {
          participantId: member.id,
          firstName: member.firstName,
          pseudonym,
          answered: phases.get(pseudonym) ?? [],
        };
      });
    } else if (group && survey.subject === 'group') {
      groupAnswered = (await answered([`group:${group.id}`])).get(`group:${group.id}`) ?? [];
    }
    return {
      survey,
      groups: groups.map((g) => ({ id: g.id, name: g.name })),
      group: group ? { id: group.id, name: group.name } : null,
      respondents,
      groupAnswered,
    };
  });
}

/** Checks every answer against its question; the first problems are named by field. */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  answers: Record<string, unknown>,
) {
  const fields: { path: string; message: string }[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) fields.push({ path: `body.answers.${id}`, message: 'No such question' });
  }
  for (const question of questions) {
    const value = answers[question.id];
    const path = `body.answers.${question.id}`;
    if (value === undefined || value === '') {
      if (question.required) fields.push({ path, message: 'Required' });
      continue;
    }
    const options = new Set((question.options ?? []).map((o) => o.id));
    const ok =
      question.kind === 'scale'
        ? typeof value === 'number'
        : question.kind === 'single_choice'
          ? typeof value === 'string' && options.has(value)
          : question.kind === 'multiple_choice'
            ? Array.isArray(value) &&
              new Set(value).size === value.length &&
              value.every((v) => options.has(v))
            : typeof value === 'string';
    if (!ok) fields.push({ path, message: `Not a valid answer to a ${question.kind} question` });
  }
  return fields;
}

export async function submitResponse({
  actor,
  surveyId,
  input,
}: {
  actor: OrgActor;
  surveyId: string;
  input: z.output<typeof SurveyResponseBodySchema>;
}) {
  requirePermission(actor, 'surveys.fill');
  return actor.inTenant(async (tx) => {
    const survey = await loadSurvey(tx, surveyId);
    const replay = await repository.findResponseByOp(tx, input.opId);
    if (replay) {
      if (replay.surveyId !== surveyId) {
        throw new AppError(
          'SURVEY.OPERATION_REUSED',
          'This operation id belongs to another answer',
          {
            fields: [{ path: 'body.opId', message: 'Already used' }],
          },
        );
      }
      const pseudonym = replay.respondentKey.startsWith('P-') ? replay.respondentKey : null;
      return { id: replay.id, phase: replay.phase, pseudonym, replaced: false, replayed: true };
    }
    if (survey.status !== 'open') throw new AppError('SURVEY.NOT_OPEN', 'The survey is not open');
    if (!phasesOf(survey).includes(input.phase)) {
      throw new AppError('SURVEY.INVALID_ANSWERS', 'Wrong phase for this survey', {
        fields: [{ path: 'body.phase', message: `One of ${phasesOf(survey).join(', ')}` }],
      });
    }
    const problems = checkAnswers(survey.questions, input.answers);
    if (problems.length > 0) {
      throw new AppError('SURVEY.INVALID_ANSWERS', 'Some answers do not fit their questions', {
        fields: problems,
      });
    }
    const respondent = await respondentOf(tx, actor, survey, input);
    const saved = await repository.upsertResponse(tx, {
      orgId: actor.orgId,
      surveyId,
      phase: input.phase,
      respondentKey: respondent.key,
      groupId: respondent.groupId,
      answers: input.answers,
      submittedBy: actor.userId,
      opId: input.opId,
    });
    return {
      id: saved.id,
      phase: input.phase,
      pseudonym: respondent.pseudonym,
      replaced: saved.replaced,
      replayed: false,
    };
  });
}

/** Who the answer is about, as stored: a pseudonym, a group key or an anonymous key. */
async function respondentOf(
  tx: Executor,
  actor: OrgActor,
  survey: Survey,
  input: { opId: string; participantId?: string | undefined; groupId?: string | undefined },
) {
  const groups = await fillableGroups(tx, actor, survey);
  const reachable = new Set(groups.map((g) => g.id));
  const wrong = (path: string, message: string) =>
    new AppError('SURVEY.WRONG_RESPONDENT', message, { fields: [{ path, message }] });
  if (survey.subject === 'participant') {
    if (!input.participantId)
      throw wrong('body.participantId', 'Required for a participant survey');
    const participant = await repository.findParticipant(tx, input.participantId);
    if (!participant || participant.anonymisedAt || !reachable.has(participant.groupId)) {
      throw new AppError('SURVEY.RESPONDENT_NOT_FOUND', 'Participant not found for this survey', {
        fields: [
          { path: 'body.participantId', message: 'Not in a group this survey is filled for' },
        ],
      });
    }
    const pseudonym = await pseudonymFor(tx, actor.orgId, survey.id, participant.id);
    return { key: pseudonym, pseudonym, groupId: participant.groupId };
  }
  if (input.participantId) throw wrong('body.participantId', 'Not for this survey');
  if (survey.subject === 'group') {
    if (!input.groupId) throw wrong('body.groupId', 'Required for a group survey');
    if (!reachable.has(input.groupId)) {
      throw new AppError('SURVEY.RESPONDENT_NOT_FOUND', 'Group not found for this survey', {
        fields: [{ path: 'body.groupId', message: 'Not a group this survey is filled for' }],
      });
    }
    return { key: `group:${input.groupId}`, pseudonym: null, groupId: input.groupId };
  }
  if (input.groupId && !reachable.has(input.groupId)) {
    throw new AppError('SURVEY.RESPONDENT_NOT_FOUND', 'Group not found for this survey', {
      fields: [{ path: 'body.groupId', message: 'Not a group this survey is filled for' }],
    });
  }
  return { key: `anon:${input.opId}`, pseudonym: null, groupId: input.groupId ?? null };
}
