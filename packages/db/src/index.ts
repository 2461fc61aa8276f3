// Public API of @tutti/db: the schema, the database client and the demo-data generators.
export * from './client';
export * from './data-version-triggers';
export * from './in-turn';
export * from './participant-consent-sql';
export * from './participant-fields';
export * from './pseudonyms';
export * from './rows-of';
export * as schema from './schema/index';
export * from './seed/demo';
export * from './seed/demo-attendance';
export * from './seed/demo-carbon';
export * from './seed/demo-impact';
export * from './seed/demo-participants';
export * from './seed/demo-places';
export * from './seed/demo-programme';
export * from './seed/demo-public-pages';
export * from './seed/demo-tour';
export * from './seed/large/index';
