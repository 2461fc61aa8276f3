// Texts of the calls' public pages, in English.
import type { CallTexts } from './fr';

export const en: CallTexts = {
  callsTitle: 'Calls for applications',
  callsLead: (org: string) => `The calls for applications of ${org}.`,
  noCalls: 'No call is published at the moment.',
  opens: 'Opens',
  closes: 'Closes',
  timeZone: (zone: string) => `Time zone: ${zone}.`,
  open: 'Open for applications',
  notYet: 'Not open yet',
  closed: 'Applications closed',
  eligibility: 'Who may apply',
  recordings: 'Recordings asked for',
  upTo: (duration: string) => `at most ${duration}`,
  optional: 'optional',
  criteria: "The jury's criteria",
  weight: (n: number) => `weight ${n}`,
  independent: 'judged apart, not in the total',
  fairness:
    'The jury listens blind: it knows a code only, neither your name nor your address. Recordings are stripped of their metadata and brought to the same loudness; the quality of the recording is marked apart, so that singing recorded on a phone is not judged on its microphone.',
  parts: 'Places',
  places: (n: number) => `${n} place${n > 1 ? 's' : ''}`,
  applyTitle: 'Apply or follow my application',
  applyHow:
    'No account to create: give your e-mail address and we send you a one-time link to open your application, upload your recordings from your phone and follow it.',
  email: 'E-mail address',
  send: 'Send me my link',
  retention: (months: number) => `Your recordings are deleted ${months} months after the results.`,
  backToCalls: 'All calls',
};
