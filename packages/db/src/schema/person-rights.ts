// A person's rights: every request received (access, erasure, rectification, objection), with
// its due date and answer. The log names no one: it points to the participant, whose record
// erasure anonymises, and keeps dates and outcomes as proof of the answer.
import { rightsRequestKinds, rightsRequestOutcomes } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { timestamps } from './columns';
import { participants } from './participants';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const personRightsRequests = pgTable(
  'person_rights_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    participantId: uuid('participant_id').references(() => participants.id, {
      onDelete: 'set null',
    }),
    kind: text('kind', { enum: rightsRequestKinds }).notNull(),
    receivedOn: date('received_on').notNull(),
    /** The member who received it. */
    receivedBy: uuid('received_by').references(() => users.id, { onDelete: 'set null' }),
    /** One month after receipt (GDPR art. 12(3)). */
    dueOn: date('due_on').notNull(),
    answeredOn: date('answered_on'),
    outcome: text('outcome', { enum: rightsRequestOutcomes }),
    /** Free text of the members; cleared when the person is erased. */
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    index('person_rights_requests_org_due_idx').on(t.orgId, t.dueOn),
    index('person_rights_requests_participant_idx')
      .on(t.participantId)
      .where(sql`participant_id is not null`),
    tenantPolicy('person_rights_requests'),
  ],
).enableRLS();
