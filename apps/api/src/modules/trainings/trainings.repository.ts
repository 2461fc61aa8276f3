// SQL for trainings, the people enrolled and their half-day sign-ins (tenant tables: every
// query runs in the organiser's tenant transaction).
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, desc, eq, sql } from 'drizzle-orm';

const { organisations, trainings, trainingPeople, trainingSignatures } = schema;

export type TrainingRow = typeof trainings.$inferSelect;
export type PersonRow = typeof trainingPeople.$inferSelect;

export async function insertTraining(tx: Executor, values: typeof trainings.$inferInsert) {
  const [row] = await tx.insert(trainings).values(values).returning();
  return row!;
}

export async function listTrainings(tx: Executor) {
  return rowsOf<{
    id: string;
    title: string;
    place: string;
    networkId: string | null;
    halfDays: TrainingRow['halfDays'];
    trainees: number;
    trainers: number;
  }>(
    tx,
    sql`select t.id, t.title, t.place, t.network_id as "networkId", t.half_days as "halfDays",
          (select count(*)::int from training_people p
            where p.training_id = t.id and p.role = 'trainee') as trainees,
          (select count(*)::int from training_people p
            where p.training_id = t.id and p.role = 'trainer') as trainers
        from trainings t
        order by t.half_days->0->>'date' desc, t.created_at desc`,
  );
}

export async function findTraining(tx: Executor, trainingId: string) {
  const [row] = await tx.select().from(trainings).where(eq(trainings.id, trainingId));
  return row ?? null;
}

export async function listPeople(tx: Executor, trainingId: string) {
  return tx
    .select()
    .from(trainingPeople)
    .where(eq(trainingPeople.trainingId, trainingId))
    .orderBy(desc(trainingPeople.role), asc(trainingPeople.displayName));
}

export async function findPerson(tx: Executor, trainingId: string, personId: string) {
  const [row] = await tx
    .select()
    .from(trainingPeople)
    .where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.id, personId)));
  return row ?? null;
}

export async function insertPerson(tx: Executor, values: typeof trainingPeople.$inferInsert) {
  const [row] = await tx.insert(trainingPeople).values(values).returning();
  return row!;
}

export async function deletePerson(tx: Executor, trainingId: string, personId: string) {
  const rows = await tx
    .delete(trainingPeople)
    .where(and(eq(trainingPeople.trainingId, trainingId), eq(trainingPeople.id, personId)))
    .returning({ id: trainingPeople.id });
  return rows.length > 0;
}

/**
 * The settled sign-in of each person and half-day of the trainings: the latest device time wins
 * (ties: the greater device id, then op id).
 */
export async function settledSignatures(tx: Executor, trainingIds: string[]) {
  return rowsOf<{ personId: string; halfDay: string; present: boolean; opId: string }>(
    tx,
    sql`select distinct on (person_id, half_day) person_id as "personId", half_day as "halfDay",
          present, op_id as "opId"
        from ${trainingSignatures}
        where training_id = any(string_to_array(${trainingIds.join(',')}, ',')::uuid[])
        order by person_id, half_day, recorded_at desc, device_id desc, op_id desc`,
  );
}

export type SignatureValues = Omit<typeof trainingSignatures.$inferInsert, 'receivedAt'>;

export async function insertSignatures(tx: Executor, values: SignatureValues[]) {
  if (values.length === 0) return;
  await tx.insert(trainingSignatures).values(values).onConflictDoNothing();
}

/** What a batch of sign-ins refers to: trainings (their half-days) and people. */
export async function signFacts(tx: Executor, trainingIds: string[], personIds: string[]) {
  const found = await rowsOf<{ id: string; halfDays: TrainingRow['halfDays'] }>(
    tx,
    sql`select id, half_days as "halfDays" from trainings
        where id = any(string_to_array(${trainingIds.join(',')}, ',')::uuid[])`,
  );
  const people = await rowsOf<{ id: string; trainingId: string }>(
    tx,
    sql`select id, training_id as "trainingId" from training_people
        where id = any(string_to_array(${personIds.join(',')}, ',')::uuid[])`,
  );
  return {
    trainings: new Map(
      found.map((row) => [row.id, new Set(row.halfDays.map((d) => `${d.date}|${d.half}`))]),
    ),
    people: new Map(people.map((row) => [row.id, row.trainingId])),
  };
}

/** The organiser's name, as its certificates are signed. */
export async function organisationName(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.name ?? '';
}

export async function setSurvey(tx: Executor, trainingId: string, surveyId: string | null) {
  const [row] = await tx
    .update(trainings)
    .set({ surveyId })
    .where(eq(trainings.id, trainingId))
    .returning({ id: trainings.id });
  return row !== undefined;
}
