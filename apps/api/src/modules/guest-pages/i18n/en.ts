// Texts of the pages for people without accounts (families, groups), in English.
import type { GuestPageTexts } from './fr';

export const en: GuestPageTexts = {
  familiesTitle: 'Families',
  familiesLead:
    "Get a personal link, with no password, to see your children's upcoming sessions and the consents on record.",
  familiesHow: (minutes: number) =>
    `Give the e-mail address used at enrolment. The link works for ${minutes} minutes, once.`,
  emailLabel: 'E-mail address',
  phoneLabel: 'Or mobile phone number',
  phoneHint: 'In international form, for example +33 6 12 34 56 78.',
  sendLink: 'Send me my link',
  sendByText: 'Send my link by text message',
  sentTitle: 'Check your messages',
  sentText: (minutes: number) =>
    `If this address is on record with the organisation, a link has just been sent to it. It works for ${minutes} minutes.`,
  sentNothing: 'Nothing arrived? Look in your spam folder, or ask the team who enrolled you.',
  badRequestTitle: 'Please check the address',
  badRequestText: 'Give a valid e-mail address, or a phone number in international form.',
  crossSiteTitle: 'Request refused',
  crossSiteText:
    'This form was sent from another website. Open the organisation’s page and try again.',
  tooManyTitle: 'Too many requests',
  tooManyText: 'Too many links were asked for. Try again in an hour.',
  back: 'Back',
  openTitle: 'Open your space',
  openText: 'This link opens your space for a few hours on this device.',
  openButton: 'Continue',
  usedTitle: 'This link no longer works',
  usedText:
    'It was already used or has expired. Ask for a new link from the organisation’s “Families” page.',
  childrenTitle: 'My children',
  childrenLead: (until: string) => `Your access stays open until ${until} on this device.`,
  noChildren: 'No child is enrolled under your name at the moment.',
  group: (name: string) => `Group: ${name}`,
  upcoming: 'Upcoming sessions',
  noUpcoming: 'No session planned for now.',
  consents: 'Consents on record',
  noConsents: 'No consent on record.',
  consentGiven: (date: string) => `given on ${date}`,
  consentWithdrawn: (date: string) => `withdrawn on ${date}`,
  purpose: {
    participation: 'Taking part in workshops',
    photos: 'Photos',
    audio_video: 'Audio and video recordings',
    evaluation: 'Evaluation',
  },
  status: { planned: 'Planned', confirmed: 'Confirmed', done: 'Past', cancelled: 'Cancelled' },
  online: 'Online',
  timeRange: (from: string, to: string) => `from ${from} to ${to}`,
  signOut: 'Sign out',
  signedOutTitle: 'You are signed out',
  signedOutText: 'Your access is closed on this device. A new link will open it again.',
  noAccessTitle: 'Your access has ended',
  noAccessText:
    'To see this page again, ask for a new link from the organisation’s “Families” page.',
  groupTitle: (name: string) => `${name}: the programme`,
  groupLead: 'The programme the organisation shares with the group.',
  groupNote: 'A word from the organisation',
  linkGoneTitle: 'This link is no longer active',
  linkGoneText: 'The organisation replaced or withdrew this link. Ask them for the new one.',
};
