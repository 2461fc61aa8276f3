// Demo records past their retention period, so that the first purge has something to show:
// an import preview nobody applied, an invitation revoked last season, an old e-mail.
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

export const demoRetentionStep: DemoStep = {
  name: 'retention',
  async run({ db, orgId, userIds, now }) {
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);
    await db.insert(schema.importBatches).values({
      orgId,
      entity: 'participants',
      fileName: 'inscriptions-creche-les-lucioles.xlsx',
      status: 'previewed',
      rows: [
        { line: 2, values: { firstName: 'Lina', lastName: 'Girard', ageBand: '0-3' } },
        { line: 3, values: { firstName: 'Noé', lastName: 'Fabre', ageBand: '0-3' } },
      ],
      errorCount: 0,
      createdBy: userIds.coordinator,
      createdAt: daysAgo(12),
    });
    await db.insert(schema.memberInvitations).values({
      orgId,
      email: 'ancienne.benevole@example.org',
      role: 'relay',
      tokenHash: 'demo-revoked-invitation',
      invitedBy: userIds.admin,
      expiresAt: daysAgo(140),
      revokedAt: daysAgo(150),
      createdAt: daysAgo(152),
    });
    await db.insert(schema.outboxMessages).values({
      orgId,
      kind: 'member-invitation',
      toAddress: 'ancienne.benevole@example.org',
      subject: 'Invitation à rejoindre Musique en Chemins',
      bodyText: 'Bonjour, vous êtes invitée à rejoindre Musique en Chemins sur Tutti.',
      status: 'kept',
      createdAt: daysAgo(152),
    });
  },
};
