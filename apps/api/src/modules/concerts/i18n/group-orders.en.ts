// Texts of group orders (a class or a nursery), in English.
import type { GroupOrderTexts } from './group-orders.fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const children = (n: number) => `${n} ${plural(n, 'child', 'children')}`;
const adults = (n: number) => `${n} ${plural(n, 'adult', 'adults')}`;

export const groupOrdersEn: GroupOrderTexts = {
  children,
  adults,
  linkTitle: 'Schools and nurseries',
  linkText: 'Coming with a class or a nursery? Book for the whole group at once.',
  linkAction: 'Book for a group',
  title: 'Book for a class or a nursery',
  lead: (hours) =>
    `One booking for the children and the adults with them. The head of the establishment confirms it through a link sent by e-mail; the seats are kept for ${hours} hours meanwhile.`,
  kindLegend: 'Establishment',
  kind: { school: 'School (a class)', nursery: 'Nursery or day care' },
  establishmentLabel: 'Name of the establishment',
  groupLabel: 'Class or group (optional)',
  groupHint: 'For example "Year 3 B" or "the toddlers".',
  childrenLabel: 'Children',
  adultsLabel: 'Adults coming along',
  contactNameLabel: 'Your name',
  contactEmailLabel: 'Your e-mail address',
  contactPhoneLabel: 'Your phone (optional)',
  headEmailLabel: 'E-mail address of the head',
  headHint: 'The head of the establishment receives a link there to confirm the booking.',
  accessLabel: 'Accessibility needs (optional)',
  accessHint: 'Wheelchair, pushchairs, assistance… Only the organising team reads it.',
  submit: 'Send the request',
  errorsTitle: 'The request is not recorded',
  problem: {
    kind: 'Choose the kind of establishment.',
    establishment: 'Enter the name of the establishment.',
    group: 'This name is too long (120 characters at most).',
    children: (max) => `Enter the number of children, from 1 to ${max}.`,
    adults: (max) => `Enter the number of adults, from 1 to ${max}.`,
    contactName: 'Enter your name.',
    email: 'This e-mail address is not valid.',
    phone: 'Enter the number in international form, for example +44 7700 900123.',
    access: 'This text is too long (500 characters at most).',
    soldOut: (n) =>
      n === 0
        ? 'No seat is left.'
        : `Only ${n} ${plural(n, 'seat is', 'seats are')} left for the group.`,
    closed: 'Bookings for this concert are closed.',
  },
  orderTitle: 'Group booking',
  status: {
    pending: (until) =>
      `Waiting for the head's confirmation, until ${until}. Without it by then, the seats are released.`,
    confirmed: 'Confirmed by the head of the establishment.',
    declined: 'Declined by the head of the establishment; the seats are released.',
    released: 'Not confirmed in time; the seats were released.',
    cancelled: 'Cancelled.',
  },
  statusTitle: 'Status',
  who: 'Group',
  priceNote: 'The price for groups is agreed with the organising team.',
  headTitle: 'Confirm a group booking',
  headLead: (contact) =>
    `${contact} asked for these seats on behalf of your establishment. Do you confirm this booking?`,
  confirm: 'Confirm the booking',
  decline: 'Decline',
  confirmedTitle: 'Booking confirmed',
  confirmedText: 'Thank you: the booking is confirmed, and the person who made it is told.',
  declinedTitle: 'Booking declined',
  declinedText: 'The booking is declined and its seats released; the person who made it is told.',
  expiredTitle: 'Too late',
  expiredText: 'The time to confirm is over: the seats were released.',
  missingTitle: 'Link not found',
  missingText: 'This link matches no group booking. Check the link you received.',
  mail: {
    headSubject: (establishment) => `To confirm: group booking — ${establishment}`,
    head: (m) =>
      `Hello,\n\n${m.contact} booked ${children(m.children)} and ${adults(m.adults)} on behalf of "${m.establishment}" for "${m.concert}" (${m.when}).\n\nPlease confirm (or decline) before ${m.until}:\n${m.link}\n\nWithout a confirmation by then, the seats will be released.\nIf you do not know of this request, decline it or ignore this message.\n\n${m.organisation}`,
    receivedSubject: (concert) => `Group booking request: ${concert}`,
    received: (m) =>
      `Hello ${m.contact},\n\nYour request for "${m.establishment}" is recorded: ${children(m.children)} and ${adults(m.adults)} for "${m.concert}" (${m.when}). It waits for the head's confirmation (${m.head}) until ${m.until}.\n\nFollow the booking:\n${m.link}\n\n${m.organisation}`,
    confirmedSubject: (concert) => `Group booking confirmed: ${concert}`,
    confirmed: (m) =>
      `Hello ${m.contact},\n\nThe head confirmed the booking of "${m.establishment}" for "${m.concert}" (${m.when}): ${children(m.children)} and ${adults(m.adults)}.\n\nYour booking and its code to show at the door:\n${m.link}\n\n${m.organisation}`,
    declinedSubject: (concert) => `Group booking declined: ${concert}`,
    declined: (m) =>
      `Hello ${m.contact},\n\nThe head declined the booking of "${m.establishment}" for "${m.concert}" (${m.when}). The seats are released.\n\n${m.link}\n\n${m.organisation}`,
    releasedSubject: (concert) => `Group booking not confirmed: ${concert}`,
    released: (m) =>
      `Hello ${m.contact},\n\nThe booking of "${m.establishment}" for "${m.concert}" (${m.when}) was not confirmed by the head in time: the seats were released. You may ask again from the concert's page.\n\n${m.link}\n\n${m.organisation}`,
  },
};
