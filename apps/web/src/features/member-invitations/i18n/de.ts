// German strings of member invitations: sending them, and accepting one from its link.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Einladungen',
  title: 'Einladungen',
  intro:
    'Laden Sie das Team, Künstler·innen und Vermittlungspersonen ein. Jede Person erhält per E-Mail einen persönlichen Link, um der Organisation beizutreten.',
  form: {
    title: 'Person einladen',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    roleHint:
      'Die Rolle bestimmt, was die Person sieht und tun kann. Sie können sie später ändern.',
    submit: 'Einladung senden',
    sent: 'Einladung an {{email}} gesendet.',
    outboxHint: 'Die gesendete Nachricht können Sie unter E-Mails lesen.',
  },
  list: {
    title: 'Gesendete Einladungen',
    empty: 'Noch keine Einladungen.',
    sentOn: 'Gesendet am {{date}}',
    expiresOn: 'läuft am {{date}} ab',
    revoke: 'Zurückziehen',
    revokeNamed: 'Einladung an {{email}} zurückziehen',
    revokeTitle: 'Einladung zurückziehen?',
    revokeText: 'Der an {{email}} gesendete Link funktioniert dann nicht mehr.',
    revoked: 'Die Einladung an {{email}} wurde zurückgezogen.',
  },
  status: {
    pending: 'Offen',
    accepted: 'Angenommen',
    expired: 'Abgelaufen',
    revoked: 'Zurückgezogen',
  },
  accept: {
    title: 'Einladung',
    intro: '{{org}} lädt Sie ein, Tutti beizutreten. Vorgesehene Rolle: {{role}}.',
    signedInAs: 'Sie sind angemeldet als {{email}}.',
    otherAccount:
      'Diese Einladung wurde an eine andere Adresse ({{email}}) geschickt. Um sie anzunehmen, melden Sie sich ab und mit dieser Adresse wieder an.',
    join: '{{org}} beitreten',
    hasAccount:
      'Für {{email}} gibt es bereits ein Tutti-Konto. Melden Sie sich an, um die Einladung anzunehmen.',
    signIn: 'Anmelden und annehmen',
    newAccount: 'Legen Sie Ihr Konto an, um der Organisation beizutreten.',
    createAndJoin: 'Konto anlegen und beitreten',
    goToOrganisation: 'Zur Organisation',
    backHome: 'Zur Startseite',
  },
};
