// What the rest of the app may use from organisations.
export { OrgSwitcher } from './components/org-switcher';
export {
  preferredOrgId,
  rememberOrg,
  useCurrentOrg,
  useCurrentOrgOrNull,
} from './hooks/use-current-org';
export { organisationsModule } from './module';
