// The shape of a module's policy table: each named action lists the roles that may do it.
import type { Role } from '../common';

export type PolicyTable = Readonly<Record<string, readonly Role[]>>;

/** Declares a module's table, keeping its action names and role lists exact for the compiler. */
export function definePolicy<const Table extends PolicyTable>(table: Table): Table {
  return table;
}
