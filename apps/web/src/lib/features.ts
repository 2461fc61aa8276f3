// What a feature contributes to the app: its strings, pages and menu entries.

import type { RouteComponent } from '@tanstack/react-router';
import type { Role } from '@tutti/contracts';
import type { FlatNamespace, ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TranslationLoaders } from './i18n/translations';

/** A key with its namespace, e.g. `members:nav`; the compiler checks that it exists. */
export type TranslationKey = {
  [Namespace in FlatNamespace]: `${Namespace}:${ParseKeys<Namespace>}`;
}[FlatNamespace];

/** Translates registry keys, which may belong to any namespace. */
export function useTranslateKey() {
  const { t } = useTranslation();
  // Checked where the key is declared (TranslationKey); i18next's t only knows one namespace.
  const translate = t as unknown as (key: string) => string;
  return (key: TranslationKey) => translate(key);
}

export type IconName =
  | 'home'
  | 'users'
  | 'mail-plus'
  | 'inbox'
  | 'settings'
  | 'menu'
  | 'close'
  | 'chevron-down'
  | 'check'
  | 'plus'
  | 'log-out'
  | 'building'
  | 'handshake'
  | 'map-pin'
  | 'music'
  | 'upload'
  | 'download'
  | 'archive'
  | 'trash'
  | 'leaf'
  | 'chart'
  | 'calendar'
  | 'route'
  | 'folder'
  | 'sun'
  | 'clipboard-check'
  | 'user'
  | 'cloud-off'
  | 'refresh'
  | 'play'
  | 'ticket'
  | 'van';

/**
 * Where a page lives: `public` pages need no account (sign-in, a member invitation link), `account`
 * pages need one but no organisation, `organisation` pages sit under `/o/$orgId/`.
 */
export type PageScope = 'public' | 'account' | 'organisation';

export type FeaturePage = {
  scope: PageScope;
  /** Relative to the scope: `/sign-in` for public pages, `members` or `` (the dashboard) under an organisation. */
  path: string;
  titleKey: TranslationKey;
  /** Organisation pages only: who may open it; others see a "restricted access" page. */
  roles?: readonly Role[];
  /** Built with `lazyRouteComponent` so that each page is its own chunk. */
  component: RouteComponent;
  /**
   * Works without network: its chunk is downloaded at start-up while online (so it opens offline
   * even if never visited), its data comes from `saveDownload`/`loadDownload` when the network
   * fails, and its writes go through the operation log (`useOfflineLog`).
   */
  offline?: boolean;
};

/**
 * The menu's headings, in this order. `today` (the dashboard, my day, the calendar) is shown first
 * and without a heading; each other section is named (`common:shell.sections.<section>`).
 */
export const NAV_SECTIONS = [
  'today',
  'programme',
  'audiences',
  'concerts',
  'measure',
  'network',
  'organisation',
] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export type NavEntry = {
  /** Path under `/o/$orgId/`, the same as the page's; `` is the dashboard. */
  path: string;
  labelKey: TranslationKey;
  icon: IconName;
  /** Only these roles see the entry; keep it equal to the page's roles. */
  roles: readonly Role[];
  /** The heading it is listed under. */
  section: NavSection;
  /** Position within its section, smallest first; leave gaps (10, 20, 30) for later features. */
  order: number;
};

export type FeatureModule = {
  /** Also the i18n namespace of the feature's strings. */
  id: string;
  /** One loader per language (`() => import('./i18n/fr')…`): only the language shown is downloaded. */
  translations: TranslationLoaders;
  pages?: readonly FeaturePage[];
  nav?: readonly NavEntry[];
};

/** Declares a feature module; `app/features.ts` lists them. */
export function defineFeature(module: FeatureModule): FeatureModule {
  return module;
}
