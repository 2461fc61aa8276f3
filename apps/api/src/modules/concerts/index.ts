// What the app and other modules may use from concerts: the box office routes, the public
// booking pages, the tickets section and offers of a concert's public page, the retention rule
// of orders, the seats' background job (waiting list offers, group holds); the door (its list,
// summary and offline operation kinds); payments (on site, online through HelloAsso) with the
// box office's settings and the sealing of HelloAsso secrets left in clear; free seats through relays (routes and the release job).
export { type PublicTickets, readPublicTickets } from './booking.service';
export { readConcertFigures } from './concert-figures.reads';
export {
  countPersonConcertData,
  erasePersonConcertData,
  type PersonConcertData,
  readPersonConcertData,
} from './concert-person-data';
export { registerConcertJobs } from './concerts.jobs';
export { concertOrdersRetention } from './concerts.retention';
export { registerConcertRoutes } from './concerts.routes';
export { registerDoorRoutes } from './door.routes';
export { doorOperationKinds } from './door-operation-kinds';
export { readDoorTravel, type TravelFigures } from './door-travel-reads';
export { sealHelloAssoSecrets } from './helloasso-account';
export { registerPaymentRoutes } from './payments.routes';
export { registerPublicBookingPages } from './public-booking.routes';
export {
  RELAY_RELEASE_JOB,
  registerRelaySeatJobs,
  releaseClosedAllocations,
} from './relay-seats.jobs';
export { registerRelaySeatRoutes } from './relay-seats.routes';
export { ConcertTickets, ticketOffers } from './tickets';
