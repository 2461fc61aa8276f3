// People without accounts: one-time links to a short scoped access. Features register scopes
// (`registerGuestScope`) and guard their routes with `requireGuest`. See apps/api/README.md.

export { registerGuestAccessRoutes } from './guest-access.routes';
export { findGuest, type GuestActor, requireGuest } from './guest-cookie';
export {
  addressOf,
  type GuestAddress,
  type GuestScopeDefinition,
  registerGuestScope,
  registerGuestScopeRegistry,
} from './scopes';
export { deliverText, type SmsTransport, webhookSmsTransport } from './sms';
