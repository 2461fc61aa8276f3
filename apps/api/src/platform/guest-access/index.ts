// People without accounts: one-time links to a short scoped access. Features register scopes
// (`registerGuestScope`) and guard their routes with `requireGuest`. See apps/api/README.md.

export { registerGuestAccessRoutes } from './guest-access.routes';
export {
  clearGuestCookie,
  findGuest,
  GUEST_COOKIE,
  type GuestActor,
  requireGuest,
  setGuestCookie,
} from './guest-cookie';
export { endGuestAccess, openGuestAccess } from './guest-links.service';
export {
  addressOf,
  type GuestAddress,
  type GuestScopeDefinition,
  registerGuestScope,
  registerGuestScopeRegistry,
} from './scopes';
export { deliverText, type SmsTransport, webhookSmsTransport } from './sms';
