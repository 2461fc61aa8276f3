// The database roles Tutti's schema refers to.
import { pgRole } from 'drizzle-orm/pg-core';

/** The non-superuser role every tenant transaction runs under (created by the first migration). */
export const appRole = pgRole('tutti_app').existing();
