// What the app may use from the home page: its route.
export { registerHomeRoutes } from './home.routes';
