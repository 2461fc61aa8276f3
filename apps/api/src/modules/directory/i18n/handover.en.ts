// Texts of the warm handover and the follow-up, in English.
import type { HandoverTexts } from './handover.fr';

const monthsOf = (kind: string) => (kind === 'month_3' ? 3 : kind === 'month_6' ? 6 : 12);

export const handoverEn: HandoverTexts = {
  introductionSubject: (m) =>
    `${m.organisation} introduces ${m.firstName}, who would like to join you`,
  introductionBody: (m) =>
    [
      'Hello,',
      '',
      `${m.introducer} (${m.organisation}) led the workshops ${m.firstName} took part in, and introduces them with their consent: ${m.firstName} would like to try “${m.ensemble}”.`,
      m.part ? `Part: ${m.part}.` : '',
      `What they sang: ${m.sang}`,
      m.message ? `A word from ${m.introducer}: ${m.message}` : '',
      '',
      `You have committed to answer by ${m.answerBy}: offer a trial date, or simply say it is not possible, in one click: ${m.link}`,
      '',
      'We pass your answer on to the person; you receive no other data about them.',
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  reminderSubject: (m) => `Reminder: ${m.firstName} is waiting for your answer`,
  reminderBody: (m) =>
    [
      'Hello,',
      '',
      `${m.firstName} is still waiting to hear whether they may come and try “${m.ensemble}”. You had committed to answer by ${m.answerBy}.`,
      '',
      `A trial date, or not, in one click: ${m.link}`,
    ].join('\n'),
  escalationSubject: (m) => `No answer for 21 days: “${m.ensemble}” for ${m.firstName}`,
  escalationBody: (m) =>
    [
      'Hello,',
      '',
      `“${m.ensemble}” has not answered the introduction of ${m.firstName} of ${m.introduced}, despite two reminders.`,
      'A call to the ensemble, or another ensemble suggested, will keep the person from losing heart.',
      '',
      `Introductions in progress: ${m.link}`,
    ].join('\n'),
  acceptedSubject: (m) => `“${m.ensemble}” is expecting you for a trial`,
  acceptedBody: (m) =>
    [
      `Hello ${m.firstName},`,
      '',
      `“${m.ensemble}” invites you to a trial on ${m.trialDate}.`,
      m.note ? `Their message: ${m.note}` : '',
      '',
      'Enjoy the rehearsal!',
    ].join('\n'),
  declinedSubject: (m) => `Answer from “${m.ensemble}”`,
  declinedBody: (m) =>
    [
      `Hello ${m.firstName},`,
      '',
      `“${m.ensemble}” cannot take you in for now.`,
      m.note ? `Their message: ${m.note}` : '',
      '',
      `${m.organisation} can introduce you to another ensemble: ask the person who led your workshops.`,
    ].join('\n'),
  followUpSubject: (kind, ensemble) =>
    kind === 'trial'
      ? `Did you go to the trial at “${ensemble}”?`
      : `${monthsOf(kind)} months after the journey: are you still singing?`,
  followUpBody: (m) =>
    [
      `Hello ${m.firstName},`,
      '',
      m.kind === 'trial'
        ? 'You had a trial date: did you go?'
        : `${monthsOf(m.kind)} months ago you were introduced to an ensemble. Do you make music today?`,
      `Answer in one click: ${m.link}`,
      '',
      `You agreed to this follow-up; ${m.organisation} counts totals only, never your name. To stop these messages, answer “stop” to this e-mail.`,
    ].join('\n'),
  answerTitle: 'Someone would like to join you',
  answerLead: (m) =>
    `${m.organisation} introduces ${m.firstName}, who would like to try “${m.ensemble}”.`,
  partLabel: 'Part',
  sangLabel: 'What they sang',
  messageLabel: 'A word from the person introducing them',
  answerBy: (date) => `You have committed to answer by ${date}.`,
  acceptLegend: 'Offer a trial',
  trialDateLabel: 'Trial date',
  noteLabel: 'A word for the person (optional)',
  noteHint: 'The time, the place, what to bring…',
  acceptButton: 'Offer this date',
  declineLegend: 'It is not possible',
  declineButton: 'Decline',
  trialDateProblem: 'A date to come, as dd/mm/yyyy.',
  answeredTitle: 'Thank you, your answer is on its way',
  acceptedText: (firstName, date) => `${firstName} receives your offer of a trial on ${date}.`,
  declinedText: (firstName) => `${firstName} is told; thank you for answering.`,
  alreadyTitle: 'You have already answered',
  alreadyText: 'This introduction has already been answered. Thank you!',
  followUpTitle: (kind, ensemble) =>
    kind === 'trial'
      ? `Did you go to the trial at “${ensemble}”?`
      : `${monthsOf(kind)} months on: do you make music?`,
  followUpLead: 'Your answer tells us whether our journeys make people want to go on.',
  followUpLegend: 'Your answer',
  answers: {
    went: 'Yes, I went',
    did_not_go: 'No, not yet',
    joined: 'Yes, I sing or play in an ensemble',
    started: 'Yes, we started our own group',
    not_practising: 'No, not at the moment',
  },
  followUpSend: 'Send',
  followUpProblem: 'Choose an answer.',
  followUpThanksTitle: 'Thank you for your answer',
  followUpThanksText: 'It counts in our totals, without your name.',
};
