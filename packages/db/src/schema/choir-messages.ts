// A choir's messages as sent (to a part, a site or the whole choir, in French and, when given,
// English and German) and one delivery per singer of the audience, so that each singer reads
// on their own page what was sent to them, and whether they read it. The e-mails go through the
// outbox; a delivery is written whatever the singer's contact preferences.
import { choirAudiences } from '@tutti/contracts';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { choirMembers, choirParts, choirSeasons, choirSites, choirs } from './choirs';
import { orgIdColumn, tenantPolicy } from './tenancy';

type Localised = { fr: string; en?: string; de?: string };

export const choirMessages = pgTable(
  'choir_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    choirId: uuid('choir_id')
      .notNull()
      .references(() => choirs.id, { onDelete: 'cascade' }),
    seasonId: uuid('season_id').references(() => choirSeasons.id, { onDelete: 'set null' }),
    audience: text('audience', { enum: choirAudiences }).notNull(),
    partId: uuid('part_id').references(() => choirParts.id, { onDelete: 'set null' }),
    siteId: uuid('site_id').references(() => choirSites.id, { onDelete: 'set null' }),
    subject: jsonb('subject').$type<Localised>().notNull(),
    text: jsonb('text').$type<Localised>().notNull(),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('choir_messages_org_idx').on(t.orgId, t.choirId, t.createdAt),
    tenantPolicy('choir_messages'),
  ],
).enableRLS();

/** One per singer a message was for; goes with the membership (erasure removes it). */
export const choirMessageDeliveries = pgTable(
  'choir_message_deliveries',
  {
    orgId: orgIdColumn(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => choirMessages.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => choirMembers.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.memberId] }),
    index('choir_message_deliveries_org_idx').on(t.orgId, t.messageId),
    index('choir_message_deliveries_member_idx').on(t.memberId, t.messageId),
    tenantPolicy('choir_message_deliveries'),
  ],
).enableRLS();
