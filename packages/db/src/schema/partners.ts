// Partner structures (schools, social centres, town halls...), their contacts and agreements.
import { partnerTypes } from '@tutti/contracts';
import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { address, archivedAt, timestamps } from './columns';
import { files } from './files';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    name: text('name').notNull(),
    type: text('type', { enum: partnerTypes }).notNull(),
    ...address(),
    notes: text('notes'),
    archivedAt: archivedAt(),
    ...timestamps(),
  },
  (t) => [index('partners_org_name_idx').on(t.orgId, t.name), tenantPolicy('partners')],
).enableRLS();

export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    ...timestamps(),
  },
  (t) => [
    index('partner_contacts_org_idx').on(t.orgId, t.partnerId),
    index('partner_contacts_partner_idx').on(t.partnerId),
    tenantPolicy('partner_contacts'),
  ],
).enableRLS();

export const partnerAgreements = pgTable(
  'partner_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    scope: text('scope'),
    documentFileId: uuid('document_file_id').references(() => files.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('partner_agreements_org_idx').on(t.orgId, t.partnerId),
    index('partner_agreements_partner_idx').on(t.partnerId),
    tenantPolicy('partner_agreements'),
  ],
).enableRLS();
