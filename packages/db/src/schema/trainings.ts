// Trainings for relay persons and artists, organised by one organisation (its tenant data) and
// offered to a network: the half-days, the people enrolled (trainers and trainees, from member
// organisations or partners: a name and an organisation, nothing more) and the half-day
// sign-in, each sign-in an operation of the offline log (its op id is the row's key). Kept as
// long as the training: certificates are printed from them.
import { type trainingHalves, trainingPersonRoles } from '@tutti/contracts';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { surveys } from './impact';
import { networks } from './networks';
import { organisations } from './organisations';
import { orgIdColumn, tenantPolicy } from './tenancy';

export type TrainingHalfDayRow = {
  date: string;
  half: (typeof trainingHalves)[number];
  startsAt: string;
  endsAt: string;
};

export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    place: text('place').notNull(),
    /** In the order of the day: `date`, `half`, local `startsAt` and `endsAt` (HH:MM). */
    halfDays: jsonb('half_days').$type<TrainingHalfDayRow[]>().notNull(),
    /** The satisfaction survey trainees answer after it (an anonymous survey of the organiser). */
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trainings_org_idx').on(t.orgId), tenantPolicy('trainings')],
).enableRLS();

export const trainingPeople = pgTable(
  'training_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: trainingPersonRoles }).notNull(),
    memberOrgId: uuid('member_org_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    organisationName: text('organisation_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_people_training_idx').on(t.orgId, t.trainingId),
    tenantPolicy('training_people'),
  ],
).enableRLS();

/** Every sign-in operation received; the latest device time per person and half-day counts. */
export const trainingSignatures = pgTable(
  'training_signatures',
  {
    opId: uuid('op_id').primaryKey(),
    orgId: orgIdColumn(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => trainingPeople.id, { onDelete: 'cascade' }),
    /** `YYYY-MM-DD|morning` or `|afternoon`. */
    halfDay: text('half_day').notNull(),
    present: boolean('present').notNull(),
    deviceId: text('device_id').notNull(),
    userId: uuid('user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_signatures_training_idx').on(t.orgId, t.trainingId),
    index('training_signatures_person_idx').on(t.personId, t.halfDay),
    tenantPolicy('training_signatures'),
  ],
).enableRLS();
