// French strings of member invitations: sending them, and accepting one from its link; the reference the
// other languages follow.

export const fr = {
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
  accept: {
    title: 'Invitation',
    intro: '{{org}} vous invite à rejoindre Tutti. Rôle proposé : {{role}}.',
    signedInAs: 'Vous êtes connecté·e en tant que {{email}}.',
    otherAccount:
      'Cette invitation a été envoyée à une autre adresse ({{email}}). Pour l’accepter, déconnectez-vous puis connectez-vous avec cette adresse.',
    join: 'Rejoindre {{org}}',
    hasAccount:
      'Un compte Tutti existe déjà pour {{email}}. Connectez-vous pour accepter l’invitation.',
    signIn: 'Se connecter pour accepter',
    newAccount: 'Créez votre compte pour rejoindre la structure.',
    createAndJoin: 'Créer mon compte et rejoindre',
    goToOrganisation: 'Aller à la structure',
    backHome: 'Revenir à l’accueil',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    memberInvitations: typeof fr;
  }
}
