// English strings of accounts: sign-in, sign-up, e-mail verification, password reset, account menu.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
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
    consoleTitle: 'Confirm your address',
    consoleText:
      'This server sends no e-mail (no SMTP server is configured): the confirmation link is printed on the Tutti server’s console, and the command “npm run outbox” shows it too. Ask the person who runs this server or, if that is you, open it from there.',
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
    consoleSent:
      'If an account exists for {{email}}, the link is printed on the Tutti server’s console (no SMTP server is configured; “npm run outbox” shows it too). It is valid for one hour.',
    back: 'Back to sign-in',
  },
  reset: {
    title: 'New password',
    intro: 'Choose a new password for your account.',
    submit: 'Save the password',
  },
};
