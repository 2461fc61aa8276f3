// German strings of accounts: sign-in, sign-up, e-mail verification, password reset, account menu.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
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
    consoleTitle: 'Bestätigen Sie Ihre Adresse',
    consoleText:
      'Dieser Server versendet keine E-Mails (kein SMTP-Server eingerichtet): Der Bestätigungslink erscheint in der Konsole des Tutti-Servers, und der Befehl „npm run outbox“ zeigt ihn ebenfalls. Fragen Sie die Person, die diesen Server betreibt, oder öffnen Sie ihn dort, wenn Sie es selbst sind.',
  },
  verify: {
    title: 'Bestätigung der E-Mail-Adresse',
    pending: 'Ihre Adresse wird bestätigt…',
    missingToken: 'Dieser Link ist unvollständig. Öffnen Sie den Link aus der E-Mail unverändert.',
  },
  forgot: {
    title: 'Passwort vergessen',
    intro:
      'Geben Sie Ihre Adresse ein: Wir schicken Ihnen einen Link, um ein neues Passwort zu wählen.',
    submit: 'Link senden',
    sent: 'Wenn für {{email}} ein Konto existiert, wurde soeben ein Link dorthin geschickt. Er ist nur kurz gültig.',
    consoleSent:
      'Wenn für {{email}} ein Konto existiert, erscheint der Link in der Konsole des Tutti-Servers (kein SMTP-Server eingerichtet; „npm run outbox“ zeigt ihn ebenfalls). Er ist eine Stunde gültig.',
    back: 'Zurück zur Anmeldung',
  },
  reset: {
    title: 'Neues Passwort',
    intro: 'Wählen Sie ein neues Passwort für Ihr Konto.',
    submit: 'Passwort speichern',
  },
};
