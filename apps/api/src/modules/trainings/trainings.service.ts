// Trainings: an organisation creates one (offered to a network it belongs to), enrols trainers
// and trainees from the network's member organisations or partners, and prints each person's
// certificate from the half-day sign-ins taken on phones (the `trainings.sign` operation kind).
import type {
  Locale,
  Training,
  TrainingCreateBody,
  TrainingPersonBody,
  TrainingSummary,
} from '@tutti/contracts';
import { TrainingCreateBodySchema, TrainingPersonBodySchema } from '@tutti/contracts';
import type { Executor, TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { renderPdf } from '../../platform/pdf';
import { type NetworkMembership, networkOfMember } from '../networks';
import { findSurvey } from '../surveys';
import { certificateDocument } from './certificate-pdf';
import * as repository from './trainings.repository';

type Deps = { actor: OrgActor; database: TuttiDatabase };

const notFound = () => new AppError('TRAINING.NOT_FOUND', 'Training not found');

/** Hours of a half-day from its local times (`HH:MM`). */
function hoursOf(startsAt: string, endsAt: string) {
  const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
  return Math.round(((minutes(endsAt) - minutes(startsAt)) / 60) * 100) / 100;
}

function halfDaysOf(row: repository.TrainingRow) {
  return row.halfDays.map((d) => ({
    key: `${d.date}|${d.half}`,
    date: d.date,
    half: d.half,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    hours: hoursOf(d.startsAt, d.endsAt),
  }));
}

function sortHalfDays<T extends { date: string; half: string }>(days: T[]) {
  return [...days].sort((a, b) =>
    a.date === b.date ? (a.half === 'morning' ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
}

async function networkOf(database: TuttiDatabase, networkId: string | null, orgId: string) {
  return networkId ? networkOfMember(database.db, networkId, orgId) : null;
}

export async function listTrainings({ actor, database }: Deps): Promise<{
  items: TrainingSummary[];
  total: number;
}> {
  requirePermission(actor, 'trainings.read');
  const rows = await actor.inTenant((tx) => repository.listTrainings(tx));
  const names = new Map<string, string | null>();
  for (const id of new Set(rows.flatMap((row) => (row.networkId ? [row.networkId] : [])))) {
    names.set(id, (await networkOf(database, id, actor.orgId))?.name ?? null);
  }
  const items = rows.map((row) => {
    const days = sortHalfDays(row.halfDays);
    return {
      id: row.id,
      title: row.title,
      place: row.place,
      networkId: row.networkId,
      networkName: row.networkId ? (names.get(row.networkId) ?? null) : null,
      firstDate: days[0]?.date ?? '',
      lastDate: days.at(-1)?.date ?? '',
      halfDays: days.length,
      hours: days.reduce((sum, d) => sum + hoursOf(d.startsAt, d.endsAt), 0),
      trainees: row.trainees,
      trainers: row.trainers,
    };
  });
  return { items, total: items.length };
}

export async function createTraining({
  actor,
  database,
  input,
}: Deps & { input: TrainingCreateBody }): Promise<{ id: string }> {
  requirePermission(actor, 'trainings.manage');
  const body = TrainingCreateBodySchema.parse(input);
  if (body.networkId && !(await networkOf(database, body.networkId, actor.orgId))) {
    throw new AppError('TRAINING.UNKNOWN_NETWORK', 'Not a member of this network', {
      fields: [{ path: 'body.networkId', message: 'Not a network of this organisation' }],
    });
  }
  const row = await actor.inTenant((tx) =>
    repository.insertTraining(tx, {
      orgId: actor.orgId,
      networkId: body.networkId,
      title: body.title,
      description: body.description,
      place: body.place,
      halfDays: sortHalfDays(body.halfDays),
    }),
  );
  return { id: row.id };
}

type LinkedSurvey = { id: string; title: string; status: string } | null;

function present(
  training: repository.TrainingRow,
  people: repository.PersonRow[],
  signed: { personId: string; halfDay: string; present: boolean }[],
  network: NetworkMembership | null,
  survey: LinkedSurvey,
): Training {
  const halfDays = halfDaysOf(training);
  const hoursByKey = new Map(halfDays.map((d) => [d.key, d.hours]));
  const presentOf = new Map<string, string[]>();
  for (const row of signed) {
    if (!row.present || !hoursByKey.has(row.halfDay)) continue;
    presentOf.set(row.personId, [...(presentOf.get(row.personId) ?? []), row.halfDay]);
  }
  return {
    id: training.id,
    title: training.title,
    description: training.description,
    place: training.place,
    networkId: training.networkId,
    networkName: network?.name ?? null,
    halfDays,
    hours: halfDays.reduce((sum, d) => sum + d.hours, 0),
    people: people.map((person) => {
      const keys = presentOf.get(person.id) ?? [];
      return {
        id: person.id,
        displayName: person.displayName,
        role: person.role,
        memberOrgId: person.memberOrgId,
        organisationName: person.organisationName,
        present: keys,
        hoursAttended: keys.reduce((sum, key) => sum + (hoursByKey.get(key) ?? 0), 0),
        trained:
          person.role === 'trainee' && halfDays.length > 0 && keys.length === halfDays.length,
      };
    }),
    survey,
    organisations: network?.members ?? [],
    createdAt: training.createdAt.toISOString(),
  };
}

export async function getTraining({
  actor,
  database,
  trainingId,
}: Deps & { trainingId: string }): Promise<Training> {
  requirePermission(actor, 'trainings.read');
  const found = await actor.inTenant(async (tx) => {
    const training = await repository.findTraining(tx, trainingId);
    if (!training) throw notFound();
    const people = await repository.listPeople(tx, trainingId);
    const signed = await repository.settledSignatures(tx, [trainingId]);
    const survey = training.surveyId ? await linkedSurvey(tx, training.surveyId) : null;
    return { training, people, signed, survey };
  });
  const network = await networkOf(database, found.training.networkId, actor.orgId);
  return present(found.training, found.people, found.signed, network, found.survey);
}

async function linkedSurvey(tx: Executor, surveyId: string): Promise<LinkedSurvey> {
  const survey = await findSurvey(tx, surveyId);
  return survey ? { id: survey.id, title: survey.title, status: survey.status } : null;
}

/** Links an anonymous survey answered once (the satisfaction survey), or unlinks it with null. */
export async function linkSurvey({
  actor,
  database,
  trainingId,
  surveyId,
}: Deps & { trainingId: string; surveyId: string | null }): Promise<Training> {
  requirePermission(actor, 'trainings.manage');
  await actor.inTenant(async (tx) => {
    if (!(await repository.findTraining(tx, trainingId))) throw notFound();
    if (surveyId) {
      const survey = await findSurvey(tx, surveyId);
      if (!survey || survey.subject !== 'anonymous' || survey.beforeAfter) {
        throw new AppError('TRAINING.UNSUITABLE_SURVEY', 'Not an anonymous survey answered once', {
          fields: [
            {
              path: 'body.surveyId',
              message: 'An anonymous survey of this organisation, answered once',
            },
          ],
        });
      }
    }
    await repository.setSurvey(tx, trainingId, surveyId);
  });
  return getTraining({ actor, database, trainingId });
}

export async function enrolPerson({
  actor,
  database,
  trainingId,
  input,
}: Deps & { trainingId: string; input: TrainingPersonBody }): Promise<{ id: string }> {
  requirePermission(actor, 'trainings.manage');
  const body = TrainingPersonBodySchema.parse(input);
  const training = await actor.inTenant((tx) => repository.findTraining(tx, trainingId));
  if (!training) throw notFound();
  let organisationName = body.organisationName;
  if (body.memberOrgId) {
    const network = await networkOf(database, training.networkId, actor.orgId);
    const member = network?.members.find((m) => m.orgId === body.memberOrgId);
    if (!member) {
      throw new AppError('TRAINING.UNKNOWN_ORGANISATION', 'Not a member of the network', {
        fields: [{ path: 'body.memberOrgId', message: 'Not a member of the training’s network' }],
      });
    }
    organisationName = member.name;
  }
  const row = await actor.inTenant(async (tx) => {
    if (!(await repository.findTraining(tx, trainingId))) throw notFound();
    return repository.insertPerson(tx, {
      orgId: actor.orgId,
      trainingId,
      displayName: body.displayName,
      role: body.role,
      memberOrgId: body.memberOrgId,
      organisationName,
    });
  });
  return { id: row.id };
}

export async function removePerson({
  actor,
  trainingId,
  personId,
}: Omit<Deps, 'database'> & { trainingId: string; personId: string }) {
  requirePermission(actor, 'trainings.manage');
  await actor.inTenant(async (tx) => {
    if (!(await repository.deletePerson(tx, trainingId, personId))) {
      throw new AppError('TRAINING.PERSON_NOT_FOUND', 'Not enrolled in this training');
    }
  });
}

/** One person's certificate: attendance, or completion when every half-day was signed. */
export async function certificate({
  actor,
  trainingId,
  personId,
  locale,
}: Omit<Deps, 'database'> & { trainingId: string; personId: string; locale: Locale }) {
  requirePermission(actor, 'trainings.manage');
  const data = await actor.inTenant(async (tx) => {
    const training = await repository.findTraining(tx, trainingId);
    if (!training) throw notFound();
    const person = await repository.findPerson(tx, trainingId, personId);
    if (!person) throw new AppError('TRAINING.PERSON_NOT_FOUND', 'Not enrolled in this training');
    const signed = await repository.settledSignatures(tx, [trainingId]);
    const organiser = await repository.organisationName(tx, actor.orgId);
    return { training, person, signed, organiser };
  });
  const present = new Set(
    data.signed.filter((s) => s.personId === personId && s.present).map((s) => s.halfDay),
  );
  const bytes = await renderPdf(
    certificateDocument(
      {
        organiser: data.organiser,
        person: data.person,
        training: data.training,
        halfDays: halfDaysOf(data.training),
        present,
        issuedOn: new Date().toISOString().slice(0, 10),
      },
      locale,
    ),
  );
  const slug = data.person.displayName
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return { bytes, fileName: `attestation-${slug || 'formation'}.pdf` };
}
