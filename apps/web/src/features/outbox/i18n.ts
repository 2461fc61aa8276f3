// Strings of the outbox page.
import { defineTranslations } from '@/lib/i18n/translations';

export const outboxTranslations = defineTranslations({
  fr: {
    nav: 'Courriels',
    title: 'Courriels',
    intro:
      'Les e-mails que Tutti envoie au nom de la structure, comme les invitations. Sans serveur d’envoi configuré, ils sont conservés ici : vous pouvez transmettre le lien vous-même.',
    list: 'Courriels de la structure',
    empty: 'Aucun courriel pour l’instant.',
    to: 'À {{address}}',
    read: 'Lire le message',
    range: 'Courriels {{from}} à {{to}} sur {{total}}',
    pagination: 'Pages de courriels',
    status: { pending: 'À envoyer', sent: 'Envoyé', failed: 'Échec de l’envoi', kept: 'Conservé' },
    figure_one: 'courriel',
    figure_other: 'courriels',
    figure_many: 'courriels',
    seeAll: 'Voir les courriels',
  },
  en: {
    nav: 'E-mails',
    title: 'E-mails',
    intro:
      'The e-mails Tutti sends on behalf of the organisation, such as invitations. When no mail server is configured they are kept here: you can pass the link on yourself.',
    list: 'Organisation e-mails',
    empty: 'No e-mails yet.',
    to: 'To {{address}}',
    read: 'Read the message',
    range: 'E-mails {{from}} to {{to}} of {{total}}',
    pagination: 'E-mail pages',
    status: { pending: 'To send', sent: 'Sent', failed: 'Sending failed', kept: 'Kept' },
    figure_one: 'e-mail',
    figure_other: 'e-mails',
    figure_many: 'e-mails',
    seeAll: 'See the e-mails',
  },
  de: {
    nav: 'E-Mails',
    title: 'E-Mails',
    intro:
      'Die E-Mails, die Tutti im Namen der Organisation verschickt, etwa Einladungen. Ohne eingerichteten Mailserver werden sie hier aufbewahrt: Sie können den Link selbst weitergeben.',
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
    figure_one: 'E-Mail',
    figure_other: 'E-Mails',
    figure_many: 'E-Mails',
    seeAll: 'E-Mails ansehen',
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    outbox: typeof outboxTranslations.fr;
  }
}
