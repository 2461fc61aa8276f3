// German strings of the outbox page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'E-Mails',
  title: 'E-Mails',
  intro:
    'Die E-Mails, die Tutti im Namen der Organisation verschickt, etwa Einladungen. Antwortet der Mailserver nicht, versucht Tutti es 48 Stunden lang erneut; danach gilt die Nachricht als fehlgeschlagen und Sie können sie erneut senden. Ohne eingerichteten Mailserver werden sie hier aufbewahrt: Sie können den Link selbst weitergeben.',
  list: 'E-Mails der Organisation',
  empty: 'Noch keine E-Mails.',
  to: 'An {{address}}',
  read: 'Nachricht lesen',
  range: 'E-Mails {{from}} bis {{to}} von {{total}}',
  pagination: 'E-Mail-Seiten',
  status: {
    pending: 'Zu senden',
    sent: 'Gesendet',
    failed: 'Senden fehlgeschlagen',
    kept: 'Aufbewahrt',
  },
  resend: 'Erneut senden',
  delivery: {
    attempts: 'Versuche:',
    nextAttempt: 'Nächster Versuch:',
    lastError: 'Letzter Fehler:',
  },
};
