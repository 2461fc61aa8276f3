// The list of feature modules, given to the app once and read by the menu and the dashboard.
import type { Role } from '@tutti/contracts';
import { createContext, useContext } from 'react';
import type { DashboardWidget, FeatureModule, NavEntry } from './features';

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

/** The dashboard cards `role` may see, in order. */
export function dashboardWidgetsFor(
  modules: readonly FeatureModule[],
  role: Role,
): DashboardWidget[] {
  return modules
    .flatMap((module) => module.dashboardWidgets ?? [])
    .filter((widget) => widget.roles.includes(role))
    .sort((a, b) => a.order - b.order);
}
