// Reminder e-mails of journey spaces: a family asks, on the space's page under the group link, to
// be reminded before each session; the request counts once confirmed from the e-mail it gets (a
// group link in the wrong hands cannot sign up someone else's address). Each reminder is sent
// once per session and start: a session moved later is reminded again.
import { locales } from '@tutti/contracts';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { journeys } from './journeys';
import { sessions } from './sessions';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const spaceReminderSubscriptions = pgTable(
  'space_reminder_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    journeyId: uuid('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    /** Lower-cased. */
    email: text('email').notNull(),
    /** The language of the page it was asked on: every e-mail is written in it. */
    language: text('language', { enum: locales }).notNull(),
    /** SHA-256 of the secret of the confirmation e-mail's link (the link itself is never kept). */
    tokenHash: text('token_hash').notNull(),
    /** Null until confirmed: nothing is sent before. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('space_reminder_subscriptions_unique').on(t.journeyId, t.email),
    uniqueIndex('space_reminder_subscriptions_token_unique').on(t.tokenHash),
    index('space_reminder_subscriptions_org_idx').on(t.orgId, t.email),
    tenantPolicy('space_reminder_subscriptions'),
  ],
).enableRLS();

/** One reminder sent: at most one per subscription, session and start. */
export const spaceRemindersSent = pgTable(
  'space_reminders_sent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => spaceReminderSubscriptions.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The start it reminded of. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the secret of this e-mail's "stop the reminders" link. */
    tokenHash: text('token_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('space_reminders_sent_unique').on(t.subscriptionId, t.sessionId, t.startsAt),
    uniqueIndex('space_reminders_sent_token_unique').on(t.tokenHash),
    index('space_reminders_sent_org_idx').on(t.orgId, t.sentAt),
    tenantPolicy('space_reminders_sent'),
  ],
).enableRLS();
