// Texts of the directory's public pages and e-mails, in English.
import type { DirectoryTexts } from './fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en: DirectoryTexts = {
  directoryTitle: 'Sing and play near you',
  directoryLead: (org: string) =>
    `Choirs, vocal ensembles, bands, wind bands, orchestras and music schools ${org} knows: to carry on after a journey, or to begin.`,
  directoryDescription: (org: string) =>
    `${org}’s directory of amateur music: where to sing and play near you.`,
  findCta: 'Find an ensemble near me',
  proposeCta: 'Your ensemble is missing? Propose it',
  listTitle: 'The ensembles',
  listCount: (n: number) => `${n} ${plural(n, 'ensemble', 'ensembles')} in the directory.`,
  listMore: (shown: number, total: number) =>
    `The first ${shown} of ${total} in alphabetical order: the search finds those near you.`,
  empty: 'The directory is still empty.',
  findTitle: 'Find an ensemble',
  findLead:
    'Tell us where you live and what you would like to do: we search within a radius suited to your commune.',
  communeLabel: 'Your commune or postcode',
  communeHint: 'For example “Lormes” or “58140”.',
  ageLabel: 'Your age (optional)',
  kindsLegend: 'What you would like',
  genresLegend: 'The music you like',
  daysLegend: 'Your free days',
  beginnerLabel: 'I am a beginner (no audition)',
  search: 'Search',
  searchAgain: 'Change the search',
  chooseCommune: 'Several communes have this name: which one?',
  unknownCommune: 'We cannot find this commune. Try its postcode.',
  ageProblem: 'An age between 3 and 120.',
  resultsTitle: (n: number, commune: string) =>
    n === 0
      ? `No ensemble within reach of ${commune}`
      : `${n} ${plural(n, 'ensemble', 'ensembles')} within reach of ${commune}`,
  radiusNote: (km: number, area: string, estimated: boolean) =>
    `We search up to ${km} km around a ${area} commune${estimated ? ' (density estimated from the population)' : ''}.`,
  area: { dense: 'dense', intermediate: 'intermediate', rural: 'rural' },
  travelEstimate:
    'Times are estimates by car (straight-line distance × 1.3 at 60 km/h), not a route.',
  travelRouted: 'Driving times come from a route planner.',
  distance: (km: string, minutes: string) => `${km} km, about ${minutes} by car`,
  why: 'Why:',
  reason: {
    kind: 'what you would like',
    genre: 'your music',
    day: 'one of your free days',
    age: 'your age',
    part: 'looks for your part',
    beginner: 'welcomes beginners',
  } as Record<string, string>,
  nothingHere: (commune: string, km: number) =>
    `For what you are looking for, nothing exists today within ${km} km of ${commune}.`,
  nearestBeyond: (name: string, commune: string, km: string, minutes: string) =>
    `The nearest: ${name}, in ${commune}, ${km} km (about ${minutes} by car).`,
  startHereTitle: 'What if a choir started here?',
  startHereLead:
    'A few people and a hall are enough. We give you what you need to begin, and the organisation can help.',
  kitLink: 'The “Start a choir here” kit',
  kitTitle: (commune: string) => `Start a choir in ${commune}`,
  kitLead:
    'An amateur choir often starts with five or six neighbours, a hall lent by the town hall and one person who dares to begin.',
  kitStepsTitle: 'The steps',
  kitSteps: [
    'Find three to five willing people: neighbours, parents, people from the journey.',
    'Ask the town hall or an association for a hall: a village hall will do, a piano is a plus.',
    'Set a regular day and time, for instance Tuesdays at 8 pm, every week.',
    'Choose three simple songs everyone already knows, in unison first.',
    'Look for a conductor: the nearby music school or conservatoire knows musicians.',
    'Let people know: a poster at the town hall, the local newsletter, and this directory.',
  ],
  kitRehearsalTitle: 'The first rehearsals',
  kitRehearsal: [
    '10 minutes of warm-up: body, breath, voice.',
    '30 minutes on a song learnt by ear, phrase by phrase.',
    '10 minutes of break: the tea matters as much as the singing.',
    '30 minutes to go over it, then sing it all together.',
    'A word to end: which song next time?',
  ],
  kitVenuesTitle: 'Halls we know near you',
  kitVenuesNone: 'We do not know a hall near you yet: the town hall does.',
  kitConductorTitle: 'Finding a conductor',
  kitConductor:
    'Ask the nearest music school or conservatoire, or the organisation: it knows musicians who help choirs begin.',
  supportTitle: 'Ask the organisation for help',
  supportLead: (org: string) =>
    `Leave your details: ${org} will get back to you to build the project with you.`,
  nameLabel: 'Your name',
  emailLabel: 'Your e-mail',
  phoneLabel: 'Or your phone',
  messageLabel: 'A word about your project (optional)',
  send: 'Send',
  supportThanksTitle: 'Thank you, your request is on its way',
  supportThanks: (org: string) => `${org} will get back to you soon.`,
  problem: {
    name: 'Your name, please.',
    contact: 'An e-mail address or a phone number to answer you.',
    email: 'An e-mail address such as name@example.org.',
    phone: 'A number such as +44 20 7946 0000.',
    message: 'A message of 2,000 characters at most.',
    commune: 'The commune, with its postcode if several share the name.',
    ensembleName: 'The ensemble’s name.',
    kind: 'The kind of ensemble.',
    time: 'A time such as 20:00.',
    fee: 'An amount in euros, such as 60.',
    website: 'An address starting with https://.',
    consent: 'Your agreement to publish this information.',
    description: 'A description of 2,000 characters at most.',
  } as Record<string, string>,
  lastConfirmed: (date: string) => `Information confirmed by the ensemble on ${date}.`,
  where: 'Where',
  when: 'When',
  level: 'Level',
  anyLevel: 'All levels',
  audition: 'Audition',
  auditionYes: 'By audition',
  auditionNo: 'No audition',
  sought: 'Looking for',
  genres: 'Repertoire',
  ages: 'Ages',
  allAges: 'All ages',
  fees: 'Membership',
  feeYear: (amount: string) => `${amount} a year`,
  feeFree: 'Free',
  feeSolidarity: (amount: string) => `solidarity rate ${amount}`,
  feeUnknown: 'Ask',
  accessibility: 'Accessibility',
  stepFreeAccess: 'Step-free access',
  accessibleToilets: 'Accessible toilets',
  hearingLoop: 'Hearing loop',
  largePrintScores: 'Large-print scores',
  learning: 'To learn',
  contact: 'Contact',
  website: 'Website',
  backToDirectory: 'The whole directory',
  ensembleDescription: (kind: string, communes: string) => `${kind} in ${communes}.`,
  rehearsal: {
    weekly: (days: string, time: string) => `${days} at ${time}`,
    everyNWeeks: (n: number, days: string, time: string) => `${days} at ${time}, every ${n} weeks`,
    monthly: (nth: string, day: string, time: string) =>
      `the ${nth} ${day} of the month at ${time}`,
    nth: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' },
    and: ' and ',
  },
  proposeTitle: 'Propose your ensemble',
  proposeLead: (org: string) =>
    `Your choir, band or music school welcomes new members? ${org} reads each proposal before publishing it.`,
  ensembleNameLabel: 'Name of the ensemble',
  kindLabel: 'Kind',
  addressLabel: 'Rehearsal address (optional)',
  dayLabel: 'Rehearsal day',
  frequencyLabel: 'How often',
  frequency: {
    weekly: 'Every week',
    biweekly: 'Every other week',
    first: 'The first of the month',
    last: 'The last of the month',
  } as Record<string, string>,
  timeLabel: 'Time',
  agesLegend: 'Ages welcome',
  partsLegend: 'You are looking for',
  auditionLabel: 'By audition',
  feeLabel: 'Yearly membership, in euros (optional)',
  solidarityFeeLabel: 'Solidarity rate, in euros (optional)',
  descriptionLabel: 'Description (optional)',
  contactNameLabel: 'Contact name',
  contactEmailLabel: 'Contact e-mail',
  contactPhoneLabel: 'Phone (optional)',
  websiteLabel: 'Website (optional)',
  consentLabel:
    'I agree that this information, contact included, is published in the directory; an e-mail will ask me to confirm it every six months.',
  proposeThanksTitle: 'Thank you, your proposal is sent',
  proposeThanks: (org: string) =>
    `${org} reads it and publishes it in the directory. Every six months an e-mail will ask you to confirm everything is up to date.`,
  confirmTitle: 'Confirm your listing',
  confirmLead: (name: string) =>
    `Is the information about “${name}” still right? One click confirms it for a year.`,
  confirmButton: 'Yes, everything is up to date',
  confirmChanges: 'Something changed? Reply to the organisation and it will correct the listing.',
  confirmedTitle: 'Thank you, your listing is confirmed',
  confirmedText: (name: string, org: string) => `“${name}” stays in ${org}’s directory.`,
  missingTitle: 'Unknown link',
  missingText: 'This link matches no listing. A newer one may have replaced it.',
  crossSiteTitle: 'Form refused',
  crossSiteText: 'This form must be sent from our own page.',
  reconfirmMail: {
    subject: (name: string, lastCall: boolean) =>
      lastCall
        ? `Last reminder: “${name}” leaves the directory in a month`
        : `“${name}”: is your information up to date?`,
    body: (m: { ensemble: string; organisation: string; link: string; lastCall: boolean }) =>
      [
        'Hello,',
        '',
        `${m.organisation} lists “${m.ensemble}” in its directory of amateur music, so that people join you after a concert or a workshop.`,
        m.lastCall
          ? 'Without a confirmation within a month, the listing will no longer be shown.'
          : 'Every six months we check that the information is still right.',
        '',
        `To confirm in one click: ${m.link}`,
        '',
        'If something changed (day, place, contact), simply reply to this e-mail.',
      ].join('\n'),
  },
};
