// Who imports and exports: admins and coordinators, who manage these records. Relays, who may
// enrol participants into their own groups one by one, do not import files (not built yet).
import type { Role } from '@tutti/contracts';

export const IMPORTERS: readonly Role[] = ['admin', 'coordinator'];
/** Exports carry whole lists of personal data (never access needs): the same two roles. */
export const EXPORTERS: readonly Role[] = ['admin', 'coordinator'];
