// The scopes a one-time link can open, each registered by the feature that serves it.
import type { GuestScope, Locale } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { FastifyInstance } from 'fastify';

/** Where a one-time link is sent: an e-mail address, or a phone number (international form). */
export type GuestAddress = { channel: 'email' | 'sms'; value: string };

export type GuestScopeDefinition = {
  scope: GuestScope;
  /**
   * Whether the address belongs to someone this scope serves in the organisation; runs inside
   * the organisation's tenant transaction. An unknown address gets no message.
   */
  knows(tx: Tx, address: GuestAddress): Promise<boolean>;
  /** Where the browser lands once the link is opened (a public page). */
  landingPath: string;
  /** What the link opens, ending a sentence "This link lets you …", per language. */
  purpose: Record<Locale, string>;
};

declare module 'fastify' {
  interface FastifyInstance {
    guestScopes: Map<GuestScope, GuestScopeDefinition>;
  }
}

export function registerGuestScopeRegistry(app: FastifyInstance) {
  app.decorate('guestScopes', new Map());
}

/** Called by a feature's `register…Routes`: its scope can then be asked for. */
export function registerGuestScope(app: FastifyInstance, definition: GuestScopeDefinition) {
  if (app.guestScopes.has(definition.scope)) {
    throw new Error(`The guest scope ${definition.scope} is registered twice`);
  }
  app.guestScopes.set(definition.scope, definition);
}

/** The address a stored subject names: e-mail addresses hold an @, phone numbers start with +. */
export function addressOf(subject: string): GuestAddress {
  return { channel: subject.includes('@') ? 'email' : 'sms', value: subject };
}
