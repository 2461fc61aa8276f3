// Strings of accounts: sign-in, sign-up, e-mail verification, password reset, account menu.
import { defineTranslations } from '@/lib/i18n/translations';

export const authTranslations = defineTranslations({
  fr: {
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
      back: 'Revenir à la connexion',
    },
    reset: {
      title: 'Nouveau mot de passe',
      intro: 'Choisissez un nouveau mot de passe pour votre compte.',
      submit: 'Enregistrer le mot de passe',
    },
  },
  en: {
    email: 'E-mail address',
    password: 'Password',
    newPassword: 'New password',
    passwordHint: 'At least 12 characters. A sentence you easily remember makes a good password.',
    displayName: 'Your name',
    displayNameHint: 'As other members will see it.',
    signIn: {
      title: 'Sign in',
      intro: 'Sign in to find your organisation, projects and workshops.',
      submit: 'Sign in',
      forgot: 'Forgot your password?',
      noAccount: 'No account yet?',
      createAccount: 'Create an account',
    },
    signUp: {
      title: 'Create an account',
      intro: 'You will receive an e-mail to confirm your address.',
      submit: 'Create my account',
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
      checkTitle: 'Check your e-mail',
      checkText:
        'If the address {{email}} can hold an account, we have just sent it a confirmation link. Open it to activate your account.',
      checkSpam: 'Nothing after a few minutes? Look in your spam folder.',
    },
    verify: {
      title: 'E-mail address confirmation',
      pending: 'Confirming your address…',
      missingToken: 'This link is incomplete. Open the link from the e-mail as it is.',
    },
    forgot: {
      title: 'Forgotten password',
      intro: 'Enter your address: we will send you a link to choose a new password.',
      submit: 'Send the link',
      sent: 'If an account exists for {{email}}, a link has just been sent to it. It is valid for a short time.',
      back: 'Back to sign-in',
    },
    reset: {
      title: 'New password',
      intro: 'Choose a new password for your account.',
      submit: 'Save the password',
    },
  },
  de: {
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    newPassword: 'Neues Passwort',
    passwordHint: 'Mindestens 12 Zeichen. Ein leicht zu merkender Satz ist ein gutes Passwort.',
    displayName: 'Ihr Name',
    displayNameHint: 'So sehen ihn die anderen Mitglieder.',
    signIn: {
      title: 'Anmelden',
      intro: 'Melden Sie sich an, um Ihre Organisation, Projekte und Workshops zu sehen.',
      submit: 'Anmelden',
      forgot: 'Passwort vergessen?',
      noAccount: 'Noch kein Konto?',
      createAccount: 'Konto anlegen',
    },
    signUp: {
      title: 'Konto anlegen',
      intro: 'Sie erhalten eine E-Mail, um Ihre Adresse zu bestätigen.',
      submit: 'Mein Konto anlegen',
      haveAccount: 'Sie haben schon ein Konto?',
      signIn: 'Anmelden',
      checkTitle: 'Prüfen Sie Ihre E-Mails',
      checkText:
        'Wenn für die Adresse {{email}} ein Konto möglich ist, haben wir soeben einen Bestätigungslink dorthin geschickt. Öffnen Sie ihn, um Ihr Konto zu aktivieren.',
      checkSpam: 'Nach einigen Minuten nichts erhalten? Sehen Sie im Spam-Ordner nach.',
    },
    verify: {
      title: 'Bestätigung der E-Mail-Adresse',
      pending: 'Ihre Adresse wird bestätigt…',
      missingToken:
        'Dieser Link ist unvollständig. Öffnen Sie den Link aus der E-Mail unverändert.',
    },
    forgot: {
      title: 'Passwort vergessen',
      intro:
        'Geben Sie Ihre Adresse ein: Wir schicken Ihnen einen Link, um ein neues Passwort zu wählen.',
      submit: 'Link senden',
      sent: 'Wenn für {{email}} ein Konto existiert, wurde soeben ein Link dorthin geschickt. Er ist nur kurz gültig.',
      back: 'Zurück zur Anmeldung',
    },
    reset: {
      title: 'Neues Passwort',
      intro: 'Wählen Sie ein neues Passwort für Ihr Konto.',
      submit: 'Passwort speichern',
    },
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    auth: typeof authTranslations.fr;
  }
}
