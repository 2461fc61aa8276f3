// Texts of a concert's public tickets, booking form and order page, in English.
import type { ConcertTexts } from './fr';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const euro = (cents: number) =>
  `€${new Intl.NumberFormat('en-GB', { minimumFractionDigits: cents % 100 ? 2 : 0 }).format(cents / 100)}`;

export const en: ConcertTexts = {
  euro,
  concert: 'Concert',
  tariffKind: {
    free: 'Free',
    solidarity: 'Solidarity price',
    reduced: 'Reduced price',
    full: 'Full price',
    supporter: 'Supporter price',
    payWhatYouCan: 'Pay what you can',
  },
  free: 'free',
  range: (floor, ceiling) => `from ${euro(floor)} to ${euro(ceiling)}, as you can`,
  supporterNote: 'you pay a little more and so offer a solidarity seat',
  ticketsTitle: 'Prices and seats',
  seatsLeft: (n) => (n === 0 ? 'Sold out' : `${n} ${plural(n, 'seat', 'seats')} left`),
  tariffSeatsLeft: (n) =>
    n === 0 ? 'sold out at this price' : `${n} ${plural(n, 'seat', 'seats')} at this price`,
  supporterFunded: (n) =>
    `${n} solidarity ${plural(n, 'seat', 'seats')} funded by supporter tickets`,
  payAtDoor: 'You pay at the door, on the day of the concert.',
  closed: 'Bookings for this concert are closed.',
  bookTitle: 'Book',
  bookLead: 'No account needed: a name and a way to reach you. One booking for the whole family.',
  seatsLegend: 'Number of seats per price',
  amountLabel: (tariff) => `${tariff}: amount per seat, in euros`,
  nameLabel: 'Name',
  emailLabel: 'E-mail address',
  phoneLabel: 'Or phone number',
  phoneHint: 'In international form, for example +33 6 12 34 56 78.',
  accessLabel: 'Accessibility needs (optional)',
  accessHint: 'Wheelchair, a companion, a hearing loop… Only the organisers read it.',
  submit: 'Book',
  errorsTitle: 'The booking was not saved',
  problem: {
    name: 'Give a name.',
    contact: 'Give an e-mail address or a phone number.',
    email: 'This e-mail address is not valid.',
    phone: 'Give the number in international form, for example +33 6 12 34 56 78.',
    noSeat: 'Choose at least one seat.',
    tooMany: (max) => `At most ${max} seats per booking.`,
    soldOut: (n) =>
      n === 0 ? 'There are no seats left.' : `Only ${n} ${plural(n, 'seat is', 'seats are')} left.`,
    amount: (floor, ceiling) => `Choose an amount from ${euro(floor)} to ${euro(ceiling)}.`,
    access: 'This text is too long (500 characters at most).',
    closed: 'Bookings for this concert are closed.',
    unknown: 'This price no longer exists: reload the page.',
  },
  orderTitle: 'Your booking',
  orderLead: 'Keep this page: its address is your ticket. Show the code at the door.',
  orderFor: 'Booked by',
  seats: (n) => `${n} ${plural(n, 'seat', 'seats')}`,
  total: 'To pay at the door',
  qrAlt: 'QR code of your booking, to show at the door',
  code: 'Booking code',
  calendar: 'Add to my calendar',
  cancelTitle: 'You can no longer come?',
  cancelText: 'Cancel: your seats go to others.',
  cancel: 'Cancel my booking',
  cancelledTitle: 'Booking cancelled',
  cancelledText: 'This booking is cancelled; its seats are free again.',
  missingTitle: 'Booking not found',
  missingText: 'This address matches no booking. Check the link you received.',
  crossSiteTitle: 'Request refused',
  crossSiteText: 'This form was sent from another site. Open the concert’s page and try again.',
  backToConcert: 'Back to the concert',
};
