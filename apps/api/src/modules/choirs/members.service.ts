// A choir's members: a participant of the organisation (new, or one already enrolled elsewhere)
// with a site and a primary part; a section leader is set on the part.
import type {
  ChoirMemberBodySchema,
  ChoirMemberUpdateBodySchema,
  ChoirPartUpdateBodySchema,
} from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { insertParticipants, newParticipantValues } from '../participants';
import * as choirs from './choirs.repository';
import { loadChoir } from './choirs.service';

const missing = (path: string, what: string) =>
  new AppError('CHOIR.REFERENCE_NOT_FOUND', `${what} not found`, {
    fields: [{ path, message: `A ${what} of the choir` }],
  });

/** Messages by e-mail need an address: the singer's or a guardian's. */
export function requireContactEmail(input: { contactBy: string; contactEmail: string | null }) {
  if (input.contactBy === 'email' && !input.contactEmail) {
    throw new AppError('CHOIR.CONTACT_EMAIL_REQUIRED', 'Messages by e-mail need an address', {
      fields: [{ path: 'body.contactEmail', message: 'Required when contactBy is email' }],
    });
  }
}

export async function addMember({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirMemberBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const sites = await choirs.sitesOf(tx, choirId);
    const site = sites.find((s) => s.site.id === input.siteId)?.site;
    if (!site) throw missing('body.siteId', 'site');
    if (!(await choirs.idsInChoir(tx, 'parts', choirId, [input.partId])).size) {
      throw missing('body.partId', 'part');
    }
    if (
      input.guestSeasonId &&
      !(await choirs.idsInChoir(tx, 'seasons', choirId, [input.guestSeasonId])).size
    ) {
      throw missing('body.guestSeasonId', 'season');
    }
    if (input.userId && !(await choirs.isOrgMember(tx, actor.orgId, input.userId))) {
      throw missing('body.userId', 'member account');
    }
    requireContactEmail(input);
    let participantId = input.participantId;
    if (participantId) {
      if (!(await choirs.existingIds(tx, 'participants', [participantId])).size) {
        throw missing('body.participantId', 'participant');
      }
    } else {
      if (!input.firstName || !input.ageBand) {
        throw new AppError('CHOIR.MEMBER_FIELDS', 'A new singer needs a first name and age band', {
          fields: [
            {
              path: input.firstName ? 'body.ageBand' : 'body.firstName',
              message: 'Required without participantId',
            },
          ],
        });
      }
      participantId = crypto.randomUUID();
      await insertParticipants(tx, actor.orgId, [
        {
          id: participantId,
          ...newParticipantValues({
            groupId: site.groupId,
            firstName: input.firstName,
            lastName: input.lastName ?? null,
            ageBand: input.ageBand,
          }),
        },
      ]);
    }
    const row = await choirs.insertMember(tx, actor.orgId, {
      choirId,
      participantId,
      siteId: input.siteId,
      partId: input.partId,
      userId: input.userId,
      guestSeasonId: input.guestSeasonId,
      contactBy: input.contactBy,
      contactEmail: input.contactEmail,
      locale: input.locale,
    });
    if (!row) {
      throw new AppError('CHOIR.ALREADY_MEMBER', 'The participant already sings in the choir', {
        fields: [{ path: 'body.participantId', message: 'Not a member yet' }],
      });
    }
    return { id: row.id };
  });
}

export async function updatePart({
  actor,
  choirId,
  partId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  partId: string;
  input: z.output<typeof ChoirPartUpdateBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    if (!(await choirs.idsInChoir(tx, 'parts', choirId, [partId])).size) {
      throw missing('params.partId', 'part');
    }
    if (
      input.leaderMemberId &&
      !(await choirs.findMember(tx, choirId, { memberId: input.leaderMemberId }))
    ) {
      throw missing('body.leaderMemberId', 'member');
    }
    await choirs.updatePart(tx, partId, input);
    return { id: partId };
  });
}

/** A singer changes part or site, leaves the choir or comes back. */
export async function updateMember({
  actor,
  choirId,
  memberId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  memberId: string;
  input: z.output<typeof ChoirMemberUpdateBodySchema>;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    if (!(await choirs.findAnyMember(tx, choirId, memberId))) {
      throw missing('params.choirMemberId', 'member');
    }
    if (input.partId && !(await choirs.idsInChoir(tx, 'parts', choirId, [input.partId])).size) {
      throw missing('body.partId', 'part');
    }
    if (input.siteId && !(await choirs.idsInChoir(tx, 'sites', choirId, [input.siteId])).size) {
      throw missing('body.siteId', 'site');
    }
    const { leftOn, ...values } = input;
    const day = today('Europe/Paris');
    if (leftOn && leftOn > day) {
      throw new AppError('CHOIR.INVALID_DATES', 'A singer leaves today or on a past day', {
        fields: [{ path: 'body.leftOn', message: 'Today or a past day' }],
      });
    }
    await choirs.updateMember(tx, memberId, {
      ...values,
      ...(input.active === false ? { leftOn: leftOn ?? day } : {}),
      ...(input.active === true ? { leftOn: null } : {}),
    });
    return { id: memberId };
  });
}
