// The list of feature modules, given to the app once and read by the menu.
import type { Role } from '@tutti/contracts';
import { createContext, useContext } from 'react';
import type { FeatureModule, NavEntry } from './features';

const RegistryContext = createContext<readonly FeatureModule[]>([]);
export const RegistryProvider = RegistryContext.Provider;

export function useFeatureModules() {
  return useContext(RegistryContext);
}

/** The menu entries `role` may see, in menu order. */
export function navEntriesFor(modules: readonly FeatureModule[], role: Role): NavEntry[] {
  return modules
    .flatMap((module) => module.nav ?? [])
    .filter((entry) => entry.roles.includes(role))
    .sort((a, b) => a.order - b.order);
}
