// Strings of invitations: sending them, and accepting one from its link.
import { defineTranslations } from '@/lib/i18n/translations';

export const invitationsTranslations = defineTranslations({
  fr: {
    nav: 'Invitations',
    title: 'Invitations',
    intro:
      'Invitez l’équipe, les artistes intervenant·es et les personnes relais. Chaque personne reçoit par e-mail un lien personnel pour rejoindre la structure.',
    form: {
      title: 'Inviter une personne',
      email: 'Adresse e-mail',
      role: 'Rôle',
      roleHint: 'Le rôle décide de ce que la personne voit et peut faire. Vous pourrez le changer.',
      submit: 'Envoyer l’invitation',
      sent: 'Invitation envoyée à {{email}}.',
      outboxHint: 'Le message envoyé se relit dans Courriels.',
    },
    list: {
      title: 'Invitations envoyées',
      empty: 'Aucune invitation pour l’instant.',
      sentOn: 'Envoyée le {{date}}',
      expiresOn: 'expire le {{date}}',
      revoke: 'Annuler',
      revokeNamed: 'Annuler l’invitation de {{email}}',
      revokeTitle: 'Annuler l’invitation ?',
      revokeText: 'Le lien envoyé à {{email}} ne fonctionnera plus.',
      revoked: 'L’invitation de {{email}} est annulée.',
    },
    status: {
      pending: 'En attente',
      accepted: 'Acceptée',
      expired: 'Expirée',
      revoked: 'Annulée',
    },
    figure_one: 'invitation en attente',
    figure_other: 'invitations en attente',
    figure_many: 'invitations en attente',
    seeAll: 'Voir les invitations',
    accept: {
      title: 'Invitation',
      intro: '{{org}} vous invite à rejoindre Tutti. Rôle proposé : {{role}}.',
      signedInAs: 'Vous êtes connecté·e en tant que {{email}}.',
      otherAccount:
        'Cette invitation a été envoyée à une autre adresse ({{email}}). Si vous l’acceptez, c’est votre compte actuel qui rejoindra la structure.',
      join: 'Rejoindre {{org}}',
      hasAccount:
        'Un compte Tutti existe déjà pour {{email}}. Connectez-vous pour accepter l’invitation.',
      signIn: 'Se connecter pour accepter',
      newAccount: 'Créez votre compte pour rejoindre la structure.',
      createAndJoin: 'Créer mon compte et rejoindre',
      goToOrganisation: 'Aller à la structure',
      backHome: 'Revenir à l’accueil',
    },
  },
  en: {
    nav: 'Invitations',
    title: 'Invitations',
    intro:
      'Invite the team, artists and relay persons. Each person receives a personal link by e-mail to join the organisation.',
    form: {
      title: 'Invite someone',
      email: 'E-mail address',
      role: 'Role',
      roleHint: 'The role decides what the person sees and can do. You can change it later.',
      submit: 'Send the invitation',
      sent: 'Invitation sent to {{email}}.',
      outboxHint: 'You can read the message sent in E-mails.',
    },
    list: {
      title: 'Invitations sent',
      empty: 'No invitations yet.',
      sentOn: 'Sent on {{date}}',
      expiresOn: 'expires on {{date}}',
      revoke: 'Revoke',
      revokeNamed: 'Revoke the invitation of {{email}}',
      revokeTitle: 'Revoke the invitation?',
      revokeText: 'The link sent to {{email}} will stop working.',
      revoked: 'The invitation of {{email}} is revoked.',
    },
    status: {
      pending: 'Pending',
      accepted: 'Accepted',
      expired: 'Expired',
      revoked: 'Revoked',
    },
    figure_one: 'pending invitation',
    figure_other: 'pending invitations',
    figure_many: 'pending invitations',
    seeAll: 'See the invitations',
    accept: {
      title: 'Invitation',
      intro: '{{org}} invites you to join Tutti. Role offered: {{role}}.',
      signedInAs: 'You are signed in as {{email}}.',
      otherAccount:
        'This invitation was sent to another address ({{email}}). If you accept it, your current account will join the organisation.',
      join: 'Join {{org}}',
      hasAccount: 'A Tutti account already exists for {{email}}. Sign in to accept the invitation.',
      signIn: 'Sign in to accept',
      newAccount: 'Create your account to join the organisation.',
      createAndJoin: 'Create my account and join',
      goToOrganisation: 'Go to the organisation',
      backHome: 'Back to the home page',
    },
  },
  de: {
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
    figure_one: 'offene Einladung',
    figure_other: 'offene Einladungen',
    figure_many: 'offene Einladungen',
    seeAll: 'Einladungen ansehen',
    accept: {
      title: 'Einladung',
      intro: '{{org}} lädt Sie ein, Tutti beizutreten. Vorgesehene Rolle: {{role}}.',
      signedInAs: 'Sie sind angemeldet als {{email}}.',
      otherAccount:
        'Diese Einladung wurde an eine andere Adresse ({{email}}) geschickt. Wenn Sie sie annehmen, tritt Ihr aktuelles Konto der Organisation bei.',
      join: '{{org}} beitreten',
      hasAccount:
        'Für {{email}} gibt es bereits ein Tutti-Konto. Melden Sie sich an, um die Einladung anzunehmen.',
      signIn: 'Anmelden und annehmen',
      newAccount: 'Legen Sie Ihr Konto an, um der Organisation beizutreten.',
      createAndJoin: 'Konto anlegen und beitreten',
      goToOrganisation: 'Zur Organisation',
      backHome: 'Zur Startseite',
    },
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    invitations: typeof invitationsTranslations.fr;
  }
}
