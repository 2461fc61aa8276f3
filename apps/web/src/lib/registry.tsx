// The list of feature modules, given to the app once and read by the menu.
import type { Role } from '@tutti/contracts';
import { createContext, useContext } from 'react';
import { type FeatureModule, NAV_SECTIONS, type NavEntry, type NavSection } from './features';

const RegistryContext = createContext<readonly FeatureModule[]>([]);
export const RegistryProvider = RegistryContext.Provider;

export function useFeatureModules() {
  return useContext(RegistryContext);
}

/** The menu entries `role` may see, in menu order: section by section, then by `order`. */
export function navEntriesFor(modules: readonly FeatureModule[], role: Role): NavEntry[] {
  const rank = (entry: NavEntry) => NAV_SECTIONS.indexOf(entry.section);
  return modules
    .flatMap((module) => module.nav ?? [])
    .filter((entry) => entry.roles.includes(role))
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** The same entries under their headings; sections with no entry for `role` are left out. */
export function navSectionsFor(
  modules: readonly FeatureModule[],
  role: Role,
): { section: NavSection; entries: NavEntry[] }[] {
  const entries = navEntriesFor(modules, role);
  return NAV_SECTIONS.map((section) => ({
    section,
    entries: entries.filter((entry) => entry.section === section),
  })).filter((group) => group.entries.length > 0);
}
