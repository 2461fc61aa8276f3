// Texts of a concert's waiting list and of the "lost your booking link?" form, in English.
import type { EntryMail, WaitingListTexts } from './waiting-list.fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const seats = (n: number) => `${n} ${plural(n, 'seat', 'seats')}`;

export const waitingListEn: WaitingListTexts = {
  seats,
  title: 'Waiting list',
  lead: 'Sold out, or not enough seats for you? Sign up: if seats free up, we offer them to you by e-mail and keep them for you for a limited time.',
  partyLabel: 'Number of seats wanted',
  nameLabel: 'Name',
  emailLabel: 'E-mail address',
  emailHint: 'Offers of seats are sent there.',
  phoneLabel: 'Phone (optional)',
  submit: 'Join the waiting list',
  errorsTitle: 'You are not signed up yet',
  problem: {
    name: 'Enter a name.',
    email: 'Enter a valid e-mail address: offers of seats are sent there.',
    phone: 'Enter the number in international form, for example +44 7700 900123.',
    party: (max) => `Enter a number of seats, from 1 to ${max}.`,
    seatsAvailable: (n) => `${seats(n)} left: book ${n === 1 ? 'it' : 'them'} directly.`,
    closed: 'Bookings for this concert are closed.',
  },
  entryTitle: 'You are on the waiting list',
  waiting: (place, n) => `You are number ${place} on the waiting list, for ${seats(n)}.`,
  waitingNext: (hours) =>
    `If seats free up, we will write to you; they are kept for you for ${hours} hours. Keep this page: its address lets you leave the list.`,
  offeredTitle: 'Seats are waiting for you',
  offered: (n, until) =>
    `${seats(n)} ${plural(n, 'is', 'are')} kept for you until ${until}. Choose your prices and confirm.`,
  confirm: 'Confirm my booking',
  bookedTitle: 'Booking confirmed',
  booked: 'You took the seats offered.',
  orderLink: 'See my booking',
  leftTitle: 'You left the waiting list',
  left: 'You are no longer on the list. Thank you for telling us.',
  lapsedTitle: 'The offer has expired',
  lapsed: 'The seats offered went to the next person on the list.',
  leaveTitle: 'Not coming?',
  leaveText: 'Leave the list: the seats will go to others.',
  leave: 'Leave the waiting list',
  tooManySeats: (n) => `${seats(n)} at most: the number offered.`,
  noOffer: 'This offer is no longer valid.',
  missingTitle: 'Sign-up not found',
  missingText: 'This address matches no sign-up. Check the link you received.',
  lostTitle: 'Lost your booking link?',
  lostLead:
    'Enter the e-mail address you gave when booking: we send the link of each of your upcoming bookings there again.',
  lostSubmit: 'Send me my links',
  lostSentTitle: 'Request received',
  lostSentText:
    'If upcoming bookings are recorded with this address, a message with their links is on its way. Check your spam folder too.',
  lostBadEmail: 'This e-mail address is not valid.',
  tooManyTitle: 'Too many requests',
  tooManyText: 'Too many requests from this connection. Try again in an hour.',
  mail: {
    joinedSubject: (concert) => `Waiting list: ${concert}`,
    joined: (m: EntryMail) =>
      `Hello ${m.name},\n\nYou are on the waiting list of "${m.concert}" (${m.when}), for ${seats(m.seats)}. If seats free up, we will write to you.\n\nYour sign-up, and how to leave the list:\n${m.link}\n\n${m.organisation}`,
    offerSubject: (concert) => `Seats for you: ${concert}`,
    offer: (m) =>
      `Hello ${m.name},\n\n${seats(m.seats)} freed up for "${m.concert}" (${m.when}). ${plural(m.seats, 'It is', 'They are')} kept for you until ${m.until}.\n\nConfirm here:\n${m.link}\n\nIf you are not coming any more, leave the list with the same link: the seats will go to others.\n\n${m.organisation}`,
    linksSubject: (organisation) => `Your bookings — ${organisation}`,
    links: (lines, organisation) =>
      `Hello,\n\nHere is the link of each of your upcoming bookings and sign-ups:\n\n${lines.join('\n\n')}\n\nEach link is personal: do not share it.\nIf you did not ask for it, ignore this message.\n\n${organisation}`,
    orderLine: (concert, when, n, link) => `"${concert}" (${when}), ${seats(n)}:\n${link}`,
    entryLine: (concert, when, n, link) =>
      `"${concert}" (${when}), waiting list for ${seats(n)}:\n${link}`,
  },
};
