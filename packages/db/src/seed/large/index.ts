// The generated large organisation for benchmarks (`npm run seed:large`).
export { insertRows } from './bulk';
export {
  LARGE_ORGANISATION_NAME,
  type LargeSummary,
  largeAccounts,
  seedLargeOrganisation,
} from './large';
export { type LargeCommune, type LargeScale, ONE_ASSOCIATION_YEAR } from './plan';
