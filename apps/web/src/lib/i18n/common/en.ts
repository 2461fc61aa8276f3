// English strings shared by the whole app: the shell, form validation, error messages.
import { errorMessages } from '../errors/en';
import type { SameKeys } from '../translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  appName: 'Tutti',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  saved: 'Changes saved.',
  confirm: 'Confirm',
  previous: 'Previous',
  next: 'Next',
  footer: 'Tutti, free software that brings music closer to people.',
  language: { label: 'Language', fr: 'Français', en: 'English', de: 'Deutsch' },
  shell: {
    mainNavigation: 'Main navigation',
    openMenu: 'Menu',
    closeMenu: 'Close the menu',
    organisation: 'Organisation',
    switchOrganisation: 'Switch organisation, current organisation: {{name}}',
    createOrganisation: 'Create an organisation',
    account: 'My account',
    signOut: 'Sign out',
    demo: 'Demo',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter a valid e-mail address, for example name@example.org.',
    tooShort_one: 'Enter at least {{count}} character.',
    tooShort_other: 'Enter at least {{count}} characters.',
    tooLong_one: 'Enter at most {{count}} character.',
    tooLong_other: 'Enter at most {{count}} characters.',
    invalid: 'This value is not valid.',
    summary: 'The form has errors. Correct the highlighted fields.',
  },
  pages: {
    notFound: 'Page not found',
    notFoundText: 'This page does not exist or is no longer available.',
    forbidden: 'Restricted access',
    forbiddenText: 'Your role in this organisation does not give access to this page.',
    error: 'Something went wrong',
    backHome: 'Back to the home page',
    retry: 'Try again',
  },
  errors: errorMessages,
};
