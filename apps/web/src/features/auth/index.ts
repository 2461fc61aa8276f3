// What the rest of the app may use from accounts.
export { fetchMe, meQueryKey, meQueryOptions, storeMe, useMe } from './api/me';
export { useSignOut } from './api/sign-out';
export { LanguageSwitch } from './components/language-switch';
export { UserMenu } from './components/user-menu';
export { useAccountLocale } from './hooks/use-language';
export { authModule } from './module';
