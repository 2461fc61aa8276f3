// A person's rights, the requests log: requests with their due dates, answered or overdue on the
// organisation's days. The export and the erasure are in person-export and person-erasure.
import {
  RIGHTS_ANSWER_MONTHS,
  type RightsRequest,
  type RightsRequestCreateBody,
  type RightsRequestListQuery,
  type RightsRequestUpdateBody,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { sameDayMonthsLater, today } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import * as repo from './person-rights.repository';

type RequestView = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>;

function presentRequest(view: RequestView, day: string): RightsRequest {
  const { request } = view;
  const erased = view.anonymisedAt !== null || request.participantId === null;
  return {
    id: request.id,
    participantId: request.participantId,
    personName: erased
      ? null
      : [view.firstName, view.lastName].filter((part) => part !== null).join(' '),
    personErased: erased,
    kind: request.kind,
    receivedOn: request.receivedOn,
    receivedBy:
      request.receivedBy && view.receiverName !== null
        ? { userId: request.receivedBy, displayName: view.receiverName }
        : null,
    dueOn: request.dueOn,
    answeredOn: request.answeredOn,
    outcome: request.outcome,
    note: request.note,
    state: request.answeredOn ? 'answered' : request.dueOn < day ? 'overdue' : 'open',
    createdAt: request.createdAt.toISOString(),
  };
}

/** Today on the organisation's clocks: due dates and "overdue" are the organisation's days. */
export async function orgToday(tx: Tx, orgId: string): Promise<string> {
  return today(await organisationTimeZone(tx, orgId));
}

// ---- the requests log ------------------------------------------------------------------------

export async function listRequests({
  actor,
  query,
}: {
  actor: OrgActor;
  query: RightsRequestListQuery;
}) {
  requirePermission(actor, 'personRights.manage');
  return actor.inTenant(async (tx) => {
    const day = await orgToday(tx, actor.orgId);
    const { rows, total } = await repo.listRequests(tx, actor.orgId, query, day);
    return { items: rows.map((row) => presentRequest(row, day)), total };
  });
}

async function loadRequest(tx: Tx, actor: OrgActor, requestId: string) {
  const view = await repo.findRequest(tx, actor.orgId, requestId);
  if (!view) throw notFound('RIGHTS_REQUEST.NOT_FOUND', 'Request');
  return view;
}

function checkAnswerDate(receivedOn: string, answeredOn: string | null | undefined, day: string) {
  if (!answeredOn) return;
  if (answeredOn < receivedOn || answeredOn > day) {
    throw new AppError(
      'RIGHTS.INVALID_DATES',
      'An answer comes after the request was received and not in the future',
      { fields: [{ path: 'body.answeredOn', message: 'Between the receipt and today' }] },
    );
  }
}

export async function createRequest({
  actor,
  input,
}: {
  actor: OrgActor;
  input: RightsRequestCreateBody;
}) {
  requirePermission(actor, 'personRights.manage');
  return actor.inTenant(async (tx) => {
    const day = await orgToday(tx, actor.orgId);
    if (input.receivedOn > day) {
      throw new AppError('RIGHTS.INVALID_DATES', 'A request is not received in the future', {
        fields: [{ path: 'body.receivedOn', message: 'Today or earlier' }],
      });
    }
    const person = await repo.findPerson(tx, actor.orgId, input.participantId);
    if (!person) {
      throw new AppError('RIGHTS.UNKNOWN_PERSON', 'No such participant in the organisation', {
        fields: [{ path: 'body.participantId', message: 'Unknown participant' }],
      });
    }
    const receivedBy = input.receivedBy ?? actor.userId;
    if (!(await repo.isMember(tx, actor.orgId, receivedBy))) {
      throw new AppError('RIGHTS.UNKNOWN_RECEIVER', 'The receiver is not a member', {
        fields: [{ path: 'body.receivedBy', message: 'Not a member of the organisation' }],
      });
    }
    const id = await repo.insertRequest(tx, {
      orgId: actor.orgId,
      participantId: input.participantId,
      kind: input.kind,
      receivedOn: input.receivedOn,
      receivedBy,
      dueOn: sameDayMonthsLater(input.receivedOn, RIGHTS_ANSWER_MONTHS),
      note: input.note || null,
    });
    return presentRequest(await loadRequest(tx, actor, id), day);
  });
}

export async function updateRequest({
  actor,
  requestId,
  input,
}: {
  actor: OrgActor;
  requestId: string;
  input: RightsRequestUpdateBody;
}) {
  requirePermission(actor, 'personRights.manage');
  return actor.inTenant(async (tx) => {
    const day = await orgToday(tx, actor.orgId);
    const { request } = await loadRequest(tx, actor, requestId);
    checkAnswerDate(request.receivedOn, input.answeredOn, day);
    await repo.updateRequest(tx, requestId, {
      ...(input.answeredOn !== undefined ? { answeredOn: input.answeredOn } : {}),
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      ...(input.note !== undefined ? { note: input.note || null } : {}),
    });
    return presentRequest(await loadRequest(tx, actor, requestId), day);
  });
}
