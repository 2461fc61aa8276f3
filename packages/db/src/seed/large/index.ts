// The generated large organisation for benchmarks (`npm run seed:large`).
export { insertRows } from './bulk';
export {
  LARGE_ORGANISATION_NAME,
  type LargeOrganisation,
  type LargeSummary,
  largeAccounts,
  MAX_LARGE_ORGANISATIONS,
  seedLargeOrganisation,
} from './large';
export { type LargeCommune, type LargeScale, ONE_ASSOCIATION_YEAR } from './plan';
