// Who manages the people and places sessions need: artists, venues and partners.
import { definePolicy } from './define';

export const artistsPolicy = definePolicy({
  /** List and open artists; an artist reads only their own record. */
  read: ['admin', 'coordinator', 'artist', 'viewer'],
  /** See an artist's e-mail and phone: everyone but viewers. */
  readContact: ['admin', 'coordinator', 'artist', 'relay'],
  /** Create, edit and delete artists (the artist pages). */
  manage: ['admin', 'coordinator'],
});

export const venuesPolicy = definePolicy({
  /** Everyone reads venues: artists and relays need to know where they go. */
  read: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /** Create, edit and delete venues (the venue pages). */
  manage: ['admin', 'coordinator'],
});

export const partnersPolicy = definePolicy({
  /** List and open partners, without their contacts' e-mail and phone. */
  read: ['admin', 'coordinator', 'viewer'],
  /** Manage partners, their contacts and agreements, and see contact details (the partner pages). */
  manage: ['admin', 'coordinator'],
});
