// What the app may use from a person's rights: its routes.
export { registerPersonRightsRoutes } from './person-rights.routes';
