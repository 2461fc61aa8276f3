// Shows a session on the organisation's public pages, or takes it off. The first publication
// gives it a short code for its address (/p/<slug>/e/<code>), kept afterwards so that a printed
// QR code stays valid if it is taken off and shown again.
import { canBePublic } from '@tutti/contracts';
import { newPublicCode } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { changeSession } from './sessions.change';
import { presentSession } from './sessions.presenter';
import * as repository from './sessions.repository';

export async function setSessionPublication({
  actor,
  sessionId,
  isPublic,
}: {
  actor: OrgActor;
  sessionId: string;
  isPublic: boolean;
}) {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    await changeSession(tx, actor, sessionId, 'update', (current) => {
      if (isPublic && !canBePublic(current.kind)) {
        throw new AppError('SESSION.INVALID', 'Only concerts and workshops can be public', {
          fields: [{ path: 'body.isPublic', message: 'Online sessions cannot be public' }],
        });
      }
      if (current.isPublic === isPublic) return null;
      return { isPublic, publicCode: current.publicCode ?? newPublicCode() };
    });
    return presentSession((await repository.findSessionView(tx, sessionId))!);
  });
}
