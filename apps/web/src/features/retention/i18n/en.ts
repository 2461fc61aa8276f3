// English strings of the retention page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Retention',
  title: 'Data retention',
  intro:
    'Every night Tutti deletes or anonymises the personal data whose retention period is over. There is nothing for you to do; here are the rules applied and what the latest purges removed.',
  rulesTitle: 'Retention rules',
  rulesCaption: 'How long each kind of personal data is kept',
  keptLabel: 'Kept',
  records: {
    participants: 'Participants: name, commune, guardians’ consents, access needs',
    concertOrders: 'Concert bookings: name, e-mail, phone, access needs',
    spaceReminders: 'Session reminders families asked for (e-mail address, language)',
    supportRequests: 'Requests for help to start an ensemble (name, e-mail, phone, message)',
    callApplications: 'Applications to calls: name, address, answers, the decision’s reason',
    partnerContacts: 'Partner contacts',
    rightsRequests: 'Requests people made about their data (kind, dates, answer)',
    memberInvitations: 'Invitations to join the organisation (e-mail address)',
    importFiles: 'Lines of imported files awaiting confirmation',
    outboxMessages: 'E-mails sent or kept',
    choirMessages: 'Choir messages to singers (text, who read them)',
    choirScoreLoans: 'Scores lent to singers (who, how many, when, note)',
    logins: 'Logins (signed-in browsers)',
    accountTokens: 'Reset and verification links sent by e-mail',
    auditEvents: 'Audit log: reads of access needs, exports, role changes (without their content)',
    retentionReports: 'Purge reports (figures only)',
  },
  short: {
    participants: 'Participants',
    concertOrders: 'Bookings',
    spaceReminders: 'Reminders',
    supportRequests: 'Help requests',
    callApplications: 'Applications',
    partnerContacts: 'Contacts',
    rightsRequests: 'Requests',
    memberInvitations: 'Invitations',
    importFiles: 'Imports',
    outboxMessages: 'E-mails',
    choirMessages: 'Choir messages',
    choirScoreLoans: 'Score loans',
    logins: 'Logins',
    accountTokens: 'Links',
    auditEvents: 'Audit log',
    retentionReports: 'Reports',
  },
  kept: {
    participants: 'until the end of the school year after the last enrolment',
    concertOrders: '90 days after the concert (seats and tariffs stay, without a name)',
    spaceReminders:
      "30 days after the journey's last session (30 days after the request if it was never confirmed)",
    supportRequests:
      '6 months after they were handled (1 year after they were sent if nobody handled them); the commune and dates stay for the map, without a name',
    callApplications:
      '1 year after the results were sent (or a call without results closed), once its recordings are deleted; drafts are deleted, the jury’s scores stay under the code, without a name',
    partnerContacts: '3 years after the partner was archived',
    rightsRequests:
      '3 years after the answer (notes are erased as soon as the person is anonymised)',
    memberInvitations: '90 days after acceptance, revocation or expiry',
    importFiles: '7 days after upload (cleared as soon as the import is applied or discarded)',
    outboxMessages: '90 days after writing (except those waiting to be sent)',
    choirMessages: '1 year after sending',
    choirScoreLoans: '1 year after the return (note cleared once the singer is anonymised)',
    logins: 'until they expire (30 days unused)',
    accountTokens: '7 days after use or expiry',
    auditEvents: '1 year after the event',
    retentionReports: '400 days',
  },
  action: { anonymise: 'anonymised', delete: 'deleted' },
  anonymiseNote:
    'Anonymising keeps attendance and age band for statistics, with nothing that could identify the person.',
  accountNote: 'Data of personal accounts, shared by all organisations.',
  reportsTitle: 'Latest purges',
  reportsCaption: 'Records removed by each daily purge, for your organisation',
  noReport:
    'No purge has run yet. It runs every night at 3:17; a server administrator can also run it with “npm run retention:purge”.',
  date: 'Date',
  total: 'Total',
  nothing: 'Nothing to remove',
};
