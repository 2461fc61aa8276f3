// French strings of accounts: sign-in, sign-up, e-mail verification, password reset, account menu;
// the reference the other languages follow.

export const fr = {
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  newPassword: 'Nouveau mot de passe',
  passwordHint: 'Au moins 12 caractères. Une phrase facile à retenir fait un bon mot de passe.',
  displayName: 'Votre nom',
  displayNameHint: 'Tel qu’il apparaîtra aux autres membres.',
  signIn: {
    title: 'Connexion',
    intro: 'Connectez-vous pour retrouver votre structure, vos projets et vos ateliers.',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    noAccount: 'Pas encore de compte ?',
    createAccount: 'Créer un compte',
  },
  signUp: {
    title: 'Créer un compte',
    intro: 'Vous recevrez un e-mail pour confirmer votre adresse.',
    submit: 'Créer mon compte',
    haveAccount: 'Vous avez déjà un compte ?',
    signIn: 'Se connecter',
    checkTitle: 'Vérifiez vos e-mails',
    checkText:
      'Si l’adresse {{email}} peut recevoir un compte, nous venons d’y envoyer un lien de confirmation. Ouvrez-le pour activer votre compte.',
    checkSpam: 'Rien reçu après quelques minutes ? Regardez dans les courriers indésirables.',
    consoleTitle: 'Confirmez votre adresse',
    consoleText:
      'Ce serveur n’envoie pas d’e-mails (aucun serveur SMTP n’est configuré) : le lien de confirmation est affiché dans la console du serveur Tutti, et la commande « npm run outbox » le montre aussi. Demandez-le à la personne qui administre ce serveur ou, si c’est vous, ouvrez-le depuis là.',
  },
  verify: {
    title: 'Confirmation de l’adresse e-mail',
    pending: 'Confirmation de votre adresse en cours…',
    missingToken: 'Ce lien est incomplet. Ouvrez le lien reçu par e-mail tel quel.',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro:
      'Indiquez votre adresse : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
    submit: 'Envoyer le lien',
    sent: 'Si un compte existe pour {{email}}, un lien vient d’y être envoyé. Il est valable peu de temps.',
    consoleSent:
      'Si un compte existe pour {{email}}, le lien est affiché dans la console du serveur Tutti (aucun serveur SMTP n’est configuré ; « npm run outbox » le montre aussi). Il est valable une heure.',
    back: 'Revenir à la connexion',
  },
  reset: {
    title: 'Nouveau mot de passe',
    intro: 'Choisissez un nouveau mot de passe pour votre compte.',
    submit: 'Enregistrer le mot de passe',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    auth: typeof fr;
  }
}
