// English strings of the outbox page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'E-mails',
  title: 'E-mails',
  intro:
    'The e-mails Tutti sends on behalf of the organisation, such as invitations. When the mail server does not answer, Tutti tries again for 48 hours, then marks the message failed: you can then send it again. When no mail server is configured they are kept here: you can pass the link on yourself.',
  list: 'Organisation e-mails',
  empty: 'No e-mails yet.',
  to: 'To {{address}}',
  read: 'Read the message',
  range: 'E-mails {{from}} to {{to}} of {{total}}',
  pagination: 'E-mail pages',
  status: { pending: 'To send', sent: 'Sent', failed: 'Sending failed', kept: 'Kept' },
  resend: 'Send again',
  delivery: { attempts: 'Attempts:', nextAttempt: 'Next try:', lastError: 'Last error:' },
};
