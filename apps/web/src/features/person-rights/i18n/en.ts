// English strings of a person's rights.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'People’s rights',
  title: 'People’s rights',
  intro:
    'Every request a person makes about their data (access, erasure, rectification, objection) is noted here with the day it was received. The law gives one month to answer (GDPR, article 12).',
  howToRecord: 'To note a new request, open the person’s page.',
  toParticipants: 'See participants',
  overdueCount_one: '{{count}} request is past its answer date.',
  overdueCount_other: '{{count}} requests are past their answer date.',
  logTitle: 'Requests received',
  filter: 'Show',
  none: 'No request.',
  erasedPerson: 'Erased person',
  receivedOn: 'Received on {{date}}',
  by: 'by {{name}}',
  dueOn: 'answer due on {{date}}',
  answeredOn: 'answered on {{date}}: {{outcome}}',
  answer: 'Note the answer',
  answerNamed: 'Note the answer to the “{{kind}}” request received on {{date}}',
  answerTitle: 'Answer to the request: {{kind}}',
  answeredOnLabel: 'Date of the answer',
  outcomeLabel: 'Outcome',
  answerConfirm: 'Save the answer',
  rectify: 'Correct the record',
  rectifyHint: 'Correct the record from the person’s page (“Edit” button).',
  lawTitle: 'What the law says',
  law: {
    delay:
      'Answer within one month of receipt; this may be extended by two months for a complex request, telling the person.',
    erasure:
      'Erasure removes the name, the legal guardians, the access needs and the links sent; only figures without a name stay for reports.',
    rectification: 'A rectification is made by editing the record; then note the answer here.',
  },
  states: {
    all: 'All requests',
    open: 'Open',
    overdue: 'Overdue',
    answered: 'Answered',
  },
  kinds: {
    access: 'Access to one’s data',
    erasure: 'Erasure',
    rectification: 'Rectification',
    objection: 'Objection',
  },
  outcomes: {
    done: 'done',
    partly_done: 'partly done',
    refused: 'refused',
    withdrawn: 'withdrawn by the person',
  },
  card: {
    title: 'This person’s rights',
    intro:
      'The person or their legal guardians may ask what we keep about them, and have it corrected or erased.',
    exportPdf: 'Export their data (PDF)',
    exportJson: 'Export their data (JSON)',
    record: 'Note a request',
    erase: 'Erase',
    requests: 'Requests of this person',
    noRequest: 'No request noted for this person.',
  },
  form: {
    title: 'Note a request',
    kind: 'Request',
    receivedOn: 'Received on',
    receivedOnHint: 'The answer is due one month later.',
    note: 'Note (optional)',
    noteHint: 'For example: received by post. Erased with the person.',
    submit: 'Note the request',
  },
  applicant: {
    open: 'Data',
    openFor: 'Personal data of application {{code}}',
    title: 'Personal data — application {{code}}',
    intro: 'The export and the erasure cover every application sent from this person’s address.',
    eraseTitle: 'Erase',
  },
  erasure: {
    title: 'Erase {{name}}',
    doneTitle: 'Erasure done',
    done: 'The person’s data has been erased.',
    removed: 'Will be erased',
    removedDone: 'Was erased',
    kept: 'Is kept, without a name',
    nothingLeft: 'Nothing left to erase.',
    answers: 'This erasure answers',
    requestOf: 'the request of {{date}}',
    noRequest: 'no noted request',
    irreversible: 'Erasure is final: it cannot be undone.',
    confirm: 'Erase for good',
  },
  removed: {
    identity_one: 'First name, last name and town',
    identity_other: 'First name, last name and town',
    guardians_one: '{{count}} legal guardian and their consent',
    guardians_other: '{{count}} legal guardians and their consents',
    accessNeeds_one: 'Access needs',
    accessNeeds_other: 'Access needs',
    surveyLinks_one: 'The link to {{count}} questionnaire',
    surveyLinks_other: 'The link to {{count}} questionnaires',
    guestLinks_one: '{{count}} sign-in link sent to the guardians',
    guestLinks_other: '{{count}} sign-in links sent to the guardians',
    messages_one: '{{count}} message sent to the guardians',
    messages_other: '{{count}} messages sent to the guardians',
    requestNotes_one: 'The note of {{count}} request',
    requestNotes_other: 'The notes of {{count}} requests',
    handovers_one:
      '{{count}} introduction to an ensemble (what it says, the address, the e-mails sent)',
    handovers_other:
      '{{count}} introductions to ensembles (what they say, the address, the e-mails sent)',
    concertBookings_one:
      '{{count}} concert booking (name and contact; the seats stay for the figures)',
    concertBookings_other:
      '{{count}} concert bookings, waiting-list entries or group orders (names and contacts; the seats stay for the figures)',
    choirMemberships_one:
      'Membership of {{count}} choir (part, contact, answers, attendance, recordings)',
    choirMemberships_other:
      'Memberships of {{count}} choirs (part, contact, answers, attendance, recordings)',
    spaceReminders_one: '{{count}} address signed up for the session reminders of a journey',
    spaceReminders_other: '{{count}} addresses signed up for the session reminders of journeys',
    supportRequests_one:
      '{{count}} request for help to start an ensemble sent with one of these addresses (name, contact, message)',
    supportRequests_other:
      '{{count}} requests for help to start an ensemble sent with these addresses (name, contact, message)',
    callApplications_one:
      '{{count}} application to a call (name, address, answers; a draft is deleted)',
    callApplications_other:
      '{{count}} applications to calls (names, addresses, answers; drafts are deleted)',
    callRecordings_one: '{{count}} application recording (the file and its copies)',
    callRecordings_other: '{{count}} application recordings (the files and their copies)',
  },
  kept: {
    attendance_one: '{{count}} attendance at an activity',
    attendance_other: '{{count}} attendances at activities',
    ageBandAndGroup_one: 'The age band and the group',
    ageBandAndGroup_other: 'The age band and the group',
    surveyAnswers_one: '{{count}} questionnaire answer, now anonymous',
    surveyAnswers_other: '{{count}} questionnaire answers, now anonymous',
    attendanceLog_one: '{{count}} attendance entry from a phone',
    attendanceLog_other: '{{count}} attendance entries from phones',
    requestLog_one: '{{count}} request (kind and dates)',
    requestLog_other: '{{count}} requests (kind and dates)',
    sharedGuardianAccess_one:
      '{{count}} link or message of the guardians, who have another child enrolled',
    sharedGuardianAccess_other:
      '{{count}} links or messages of the guardians, who have another child enrolled',
    followUpAnswers_one: '{{count}} answer to the follow-up after the journey, now anonymous',
    followUpAnswers_other: '{{count}} answers to the follow-up after the journey, now anonymous',
    callScores_one: '{{count}} jury evaluation, under the application code, without comment',
    callScores_other: '{{count}} jury evaluations, under the application code, without comments',
  },
  reasons: {
    funderStatistics: 'for the attendance figures reported to funders',
    impactEvaluation: 'for impact evaluation, with no link to the person',
    exactlyOnceSync: 'so that an offline entry is never applied twice',
    proofOfAnswer: 'to prove the request was answered',
    otherChildren: 'still used for another child',
    callIntegrity: 'the other applicants were ranked and the jurors calibrated with them',
  },
};
