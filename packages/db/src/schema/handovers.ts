// The warm handover after a journey: a participant introduced to an ensemble of the directory, the
// ensemble's answer through a one-time link, reminders and escalation; then the follow-up e-mails
// ("did you go?", 3, 6 and 12 months) and their answers, which the continuation rate is made of.
import { ensembleParts, followUpAnswers, followUpKinds, handoverStatuses } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { ensembles } from './directory';
import { participantConsents, participants } from './participants';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const directoryHandovers = pgTable(
  'directory_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    ensembleId: uuid('ensemble_id')
      .notNull()
      .references(() => ensembles.id, { onDelete: 'cascade' }),
    /** The artist or relay (or coordinator) who introduced them. */
    introducedBy: uuid('introduced_by').references(() => users.id, { onDelete: 'set null' }),
    /** The consent the introduction rests on (purposes `handover`, and `follow_up` if agreed). */
    consentId: uuid('consent_id').references(() => participantConsents.id, {
      onDelete: 'set null',
    }),
    part: text('part', { enum: ensembleParts }),
    sang: text('sang').notNull(),
    message: text('message'),
    /** The participant's (or guardian's) address for the trial date and the follow-up. */
    contactEmail: text('contact_email'),
    followUp: boolean('follow_up').notNull().default(false),
    status: text('status', { enum: handoverStatuses }).notNull().default('awaiting'),
    answerDueAt: timestamp('answer_due_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the secret of the ensemble's answer link (the link itself is never kept). */
    tokenHash: text('token_hash').notNull(),
    remindersSent: smallint('reminders_sent').notNull().default(0),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    trialDate: date('trial_date'),
    answerNote: text('answer_note'),
    /** The e-mails about the participant sent to the ensemble and coordinators (erased with them). */
    messageIds: uuid('message_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('directory_handovers_token_unique').on(t.tokenHash),
    index('directory_handovers_org_idx').on(t.orgId, t.createdAt),
    index('directory_handovers_participant_idx').on(t.participantId),
    index('directory_handovers_awaiting_idx').on(t.createdAt).where(sql`status = 'awaiting'`),
    tenantPolicy('directory_handovers'),
  ],
).enableRLS();

/** One follow-up e-mail of a handover, sent once (unique per kind), and its answer. */
export const directoryFollowUps = pgTable(
  'directory_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    handoverId: uuid('handover_id')
      .notNull()
      .references(() => directoryHandovers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: followUpKinds }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the secret of the answer link. */
    tokenHash: text('token_hash').notNull(),
    answer: text('answer', { enum: followUpAnswers }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('directory_follow_ups_kind_unique').on(t.handoverId, t.kind),
    uniqueIndex('directory_follow_ups_token_unique').on(t.tokenHash),
    index('directory_follow_ups_org_idx').on(t.orgId, t.handoverId),
    tenantPolicy('directory_follow_ups'),
  ],
).enableRLS();
