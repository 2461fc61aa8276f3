import { describe, expect, test } from 'vitest';
import { featureModules } from '@/app/features';
import { navEntriesFor } from './registry';

const menuOf = (role: Parameters<typeof navEntriesFor>[1]) =>
  navEntriesFor(featureModules, role).map((entry) => entry.path);

describe('the feature registry', () => {
  test('shows admins every page of the foundation, in menu order', () => {
    expect(menuOf('admin')).toEqual([
      '',
      'calendar',
      'projects',
      'tours',
      'journeys',
      'groups',
      'participants',
      'territories',
      'attendance',
      'members',
      'member-invitations',
      'partners',
      'places-offertes',
      'venues',
      'media',
      'ensembles',
      'calls',
      'jury',
      'artists',
      'carbon',
      'impact',
      'surveys',
      'reports',
      'outbox',
      'box-office/settings',
      'retention',
      'rights',
      'audit',
      'backups',
      'settings',
      'reseaux',
    ]);
  });

  test('shows coordinators the dashboard, the members, partners, venues and artists, nothing admin-only', () => {
    expect(menuOf('coordinator')).toEqual([
      '',
      'calendar',
      'projects',
      'tours',
      'journeys',
      'groups',
      'participants',
      'territories',
      'attendance',
      'members',
      'partners',
      'places-offertes',
      'venues',
      'media',
      'ensembles',
      'calls',
      'jury',
      'artists',
      'carbon',
      'impact',
      'surveys',
      'reports',
      'box-office/settings',
      'reseaux',
    ]);
  });

  test('shows artists the calendar and the media, relays their journeys too, viewers the plan, territories and footprint but no participant', () => {
    expect(menuOf('artist')).toEqual(['', 'my-day', 'calendar', 'media', 'jury']);
    expect(menuOf('juror')).toEqual(['', 'jury']);
    expect(menuOf('relay')).toEqual([
      '',
      'calendar',
      'journeys',
      'groups',
      'participants',
      'places-offertes',
      'media',
      'ensembles',
      'surveys',
    ]);
    expect(menuOf('viewer')).toEqual([
      '',
      'calendar',
      'projects',
      'journeys',
      'groups',
      'territories',
      'attendance',
      'media',
      'ensembles',
      'carbon',
      'impact',
      'surveys',
      'reports',
      'reseaux',
    ]);
  });

  test('has a page behind every menu entry, open to the same roles', () => {
    for (const module of featureModules) {
      for (const entry of module.nav ?? []) {
        const page = module.pages?.find((p) => p.scope === 'organisation' && p.path === entry.path);
        expect(page, `${module.id} menu entry "${entry.path}"`).toBeDefined();
        expect([...(page?.roles ?? [])].sort()).toEqual([...entry.roles].sort());
      }
    }
  });

  test('gives every feature its own namespace', () => {
    const ids = featureModules.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('common');
  });
});
