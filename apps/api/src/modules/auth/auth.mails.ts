// The account e-mails, in the recipient's language, and their links on the server's console
// when no SMTP server is configured.
import type { Locale } from '@tutti/contracts';
import type { AppDeps } from '../../platform/app-types';

type Mail = { subject: string; text: string };

export function verifyEmailMail(locale: Locale, link: string): Mail {
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: 'Tutti : confirmez votre adresse e-mail',
      text: `Bonjour,\n\nPour activer votre compte Tutti, ouvrez ce lien (valable 48 heures) :\n${link}\n\nSi vous n'avez pas demandé de compte, ignorez ce message.`,
    },
    en: {
      subject: 'Tutti: confirm your e-mail address',
      text: `Hello,\n\nTo activate your Tutti account, open this link (valid for 48 hours):\n${link}\n\nIf you did not ask for an account, ignore this message.`,
    },
    de: {
      subject: 'Tutti: Bestätigen Sie Ihre E-Mail-Adresse',
      text: `Guten Tag,\n\num Ihr Tutti-Konto zu aktivieren, öffnen Sie diesen Link (48 Stunden gültig):\n${link}\n\nWenn Sie kein Konto beantragt haben, ignorieren Sie diese Nachricht.`,
    },
  };
  return texts[locale];
}

export function accountExistsMail(locale: Locale, resetLink: string): Mail {
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: 'Tutti : vous avez déjà un compte',
      text: `Bonjour,\n\nQuelqu'un (peut-être vous) a voulu créer un compte Tutti avec cette adresse, qui en a déjà un.\nMot de passe oublié ? Choisissez-en un nouveau ici (lien valable 1 heure) :\n${resetLink}`,
    },
    en: {
      subject: 'Tutti: you already have an account',
      text: `Hello,\n\nSomeone (perhaps you) tried to create a Tutti account with this address, which already has one.\nForgot your password? Choose a new one here (link valid for 1 hour):\n${resetLink}`,
    },
    de: {
      subject: 'Tutti: Sie haben bereits ein Konto',
      text: `Guten Tag,\n\njemand (vielleicht Sie) wollte mit dieser Adresse ein Tutti-Konto anlegen, es gibt aber bereits eines.\nPasswort vergessen? Wählen Sie hier ein neues (Link 1 Stunde gültig):\n${resetLink}`,
    },
  };
  return texts[locale];
}

export function passwordResetMail(locale: Locale, link: string): Mail {
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: 'Tutti : nouveau mot de passe',
      text: `Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure) :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.`,
    },
    en: {
      subject: 'Tutti: new password',
      text: `Hello,\n\nTo choose a new password, open this link (valid for 1 hour):\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.`,
    },
    de: {
      subject: 'Tutti: neues Passwort',
      text: `Guten Tag,\n\num ein neues Passwort zu wählen, öffnen Sie diesen Link (1 Stunde gültig):\n${link}\n\nWenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.`,
    },
  };
  return texts[locale];
}

export type AccountLinkKind = 'verify-email' | 'account-exists' | 'reset-password';

const consoleLines: Record<AccountLinkKind, string> = {
  'verify-email': 'confirmation link of a new account (valid 48 hours)',
  'account-exists':
    'sign-up with an address that already has an account; its password reset link (valid 1 hour)',
  'reset-password': 'password reset link (valid 1 hour)',
};

/**
 * Without SMTP, the person who signs up on an instance they host alone has no other way to get
 * their link: it is printed on the server's console, on purpose and only in that mode (a choice
 * made when the server starts). The line holds the link and what it is for, never the address
 * or the name (the message itself, with its address, waits in the outbox: `npm run outbox`).
 */
export function printAccountLink(
  deps: AppDeps,
  printed: { kind: AccountLinkKind; link: string } | null,
) {
  if (!printed || deps.config.smtpUrl) return;
  deps.operator?.print(`[no SMTP] ${consoleLines[printed.kind]}: ${printed.link}`);
}
