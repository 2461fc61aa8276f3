// What the app and other modules may use from concerts: the box office routes and public pages,
// the retention rule of orders.
export { concertOrdersRetention } from './concerts.retention';
export { registerConcertRoutes } from './concerts.routes';
